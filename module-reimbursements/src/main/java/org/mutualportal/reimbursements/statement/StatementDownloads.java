package org.mutualportal.reimbursements.statement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentCriteria;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.Payments;
import org.mutualportal.reimbursements.search.SearchParameters;

/**
 * Downloads of the reimbursements module, all scoped to the member's selected membership:
 * <ul>
 * <li>{@code /reimbursements/download/paiement-<id>.pdf} and {@code .csv}: one payment;</li>
 * <li>{@code /reimbursements/download/releves.pdf} and {@code releves.csv}: every payment of a search
 * (same query parameters as the search page: period, beneficiary, from, to, payee).</li>
 * </ul>
 * Another member's payment, or a beneficiary of another membership, answers 404.
 */
@WebServlet("/reimbursements/download/*")
public class StatementDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/paiement-(\\d{1,18})\\.(pdf|csv)");
    private static final Pattern PERIOD = Pattern.compile("/releves\\.(pdf|csv)");

    @Inject
    Payments payments;

    @Inject
    MemberContext memberContext;

    @Inject
    StatementPdf pdf;

    @Inject
    StatementCsv csv;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher one = ONE.matcher(path);
            Matcher period = PERIOD.matcher(path);
            if (one.matches()) {
                PaymentDetail payment = payments.find(Converters.parseId(one.group(1)));
                send(response, List.of(payment), one.group(2), "paiement-" + payment.payment().getPaymentDate());
            } else if (period.matches()) {
                PaymentCriteria criteria = criteria(request);
                send(response, payments.all(criteria), period.group(1), "releves-" + criteria.periodMonths() + "-mois");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void send(HttpServletResponse response, List<PaymentDetail> details, String format, String name)
            throws IOException {
        if ("pdf".equals(format)) {
            Downloads.send(response, pdf.render(details, memberContext.member(), memberContext.membership()),
                    "application/pdf", name + ".pdf");
        } else {
            Downloads.send(response, csv.render(details, memberContext.member()).getBytes(StandardCharsets.UTF_8),
                    "text/csv;charset=UTF-8", name + ".csv");
        }
    }

    /**
     * The criteria of a print or export link, read as the search page reads its address
     * ({@link SearchParameters}); a beneficiary of another membership is not found.
     */
    private PaymentCriteria criteria(HttpServletRequest request) {
        Payee payee = "PROFESSIONAL".equals(request.getParameter("payee")) ? Payee.PROFESSIONAL : Payee.MEMBER;
        Integer period = SearchParameters.period(request.getParameter("period"));
        Long beneficiary = SearchParameters.beneficiary(request.getParameter("beneficiary"));
        LocalDate from = Converters.parseIsoDate(request.getParameter("from"));
        LocalDate to = Converters.parseIsoDate(request.getParameter("to"));
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        return new PaymentCriteria(period == null ? PaymentCriteria.DEFAULT_PERIOD : period, payee,
                beneficiary == null ? null : memberContext.beneficiary(beneficiary).getId(), from, to, true);
    }
}
