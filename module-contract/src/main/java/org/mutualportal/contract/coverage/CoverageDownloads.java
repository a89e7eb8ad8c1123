package org.mutualportal.contract.coverage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.contribution.AnnualStatementPdf;
import org.mutualportal.contract.contribution.Contribution;
import org.mutualportal.contract.contribution.Contributions;
import org.mutualportal.contract.offer.Offer;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.api.text.Texts;

/**
 * {@code /contract/download/tableau-des-garanties.pdf}: the table of guarantees of the member's offer, with
 * their name and contract number; {@code ?offre=CODE} gives an offer they may move to (for comparing before
 * "Je souhaite faire évoluer mes garanties"). Any other offer answers 404.
 * {@code /contract/download/cotisations-<année>.pdf}: the "Relevé annuel de cotisations" of a year with paid
 * contributions.
 */
@WebServlet("/contract/download/*")
public class CoverageDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern TABLE = Pattern.compile("/tableau-des-garanties\\.pdf");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    private static final Pattern ANNUAL = Pattern.compile("/cotisations-(\\d{4})\\.pdf");

    @Inject
    Offers offers;

    @Inject
    MemberContext memberContext;

    @Inject
    GuaranteeTablePdf pdf;

    @Inject
    Contributions contributions;

    @Inject
    AnnualStatementPdf annualPdf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher annual = ANNUAL.matcher(path);
            if (annual.matches()) {
                sendAnnualStatement(response, Integer.parseInt(annual.group(1)));
                return;
            }
            Matcher table = TABLE.matcher(path);
            if (!table.matches()) {
                throw new NotFoundException();
            }
            Membership membership = memberContext.membership();
            String code = request.getParameter("offre");
            if (code != null && !CODE.matcher(code).matches()) {
                throw new NotFoundException();
            }
            Offer offer = offers.visible(code == null ? membership.getOfferCode() : code);
            boolean own = offer.getCode().equals(membership.getOfferCode());
            String holder = own ? Texts.of(ContractModule.BUNDLE, "pdf.holder", memberContext.member().getFullName(),
                    membership.getContractNumber()) : null;
            byte[] body = pdf.render(offer, offers.guarantees(offer.getCode()), offers.examples(offer.getCode()), holder);
            Downloads.send(response, body, "application/pdf",
                    "tableau-des-garanties-" + offer.getCode().toLowerCase(Locale.ROOT) + ".pdf");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A year without paid contributions has no statement: 404, like any id outside the member's scope. */
    private void sendAnnualStatement(HttpServletResponse response, int year) throws IOException {
        List<Contribution> paid = contributions.paidIn(year);
        if (paid.isEmpty()) {
            throw new NotFoundException();
        }
        Membership membership = memberContext.membership();
        Downloads.send(response, annualPdf.render(year, paid, memberContext.member(), membership, offers.currentLabel()),
                "application/pdf", "releve-cotisations-" + year + ".pdf");
    }
}
