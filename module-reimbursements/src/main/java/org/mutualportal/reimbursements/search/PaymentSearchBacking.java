package org.mutualportal.reimbursements.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.core.member.Beneficiary;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.time.PortalClock;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentCriteria;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.Payments;

/**
 * The "Consultation" tab: the guide's search form, results paged on the server, each row expandable to its
 * lines. The criteria travel in the URL (period, beneficiary, from, to) so that a result can be reloaded,
 * bookmarked, and printed or exported with exactly the same criteria.
 */
@Named
@ViewScoped
public class PaymentSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Payments payments;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    // URL parameters
    private String period;
    private String beneficiary;
    private String from;
    private String to;

    // form fields
    private Integer periodMonths = 1;
    private Long beneficiaryId;
    private LocalDate careFrom;
    private LocalDate careTo;

    private PaymentCriteria criteria;
    private PaymentPage model;
    private long resultCount;

    /** Which payments this page lists: the member's reimbursements. */
    protected Payee payee() {
        return Payee.MEMBER;
    }

    protected String page() {
        return "/reimbursements/search.xhtml";
    }

    /** View action: reads the criteria of the URL (anything malformed falls back to the default search). */
    public void load() {
        periodMonths = parsePeriod(period);
        beneficiaryId = parseBeneficiary(beneficiary);
        careFrom = parseDate(from);
        careTo = parseDate(to);
        if (careFrom != null && careTo != null && careTo.isBefore(careFrom)) {
            careTo = null;
        }
        criteria = new PaymentCriteria(periodMonths, payee(), beneficiaryId, careFrom, careTo, true);
        model = new PaymentPage(payments, criteria);
        resultCount = payments.count(criteria);
    }

    /** "Rechercher": checks the form, then shows the results at their own address. */
    public String search() {
        if (careFrom != null && careTo != null && careTo.isBefore(careFrom)) {
            Texts.error("criteria:careTo", Texts.of(ReimbursementsModule.BUNDLE, "search.careTo.beforeFrom"));
            return null;
        }
        LocalDate today = clock.today();
        if (careFrom != null && careFrom.isAfter(today)) {
            Texts.error("criteria:careFrom", Texts.of(ReimbursementsModule.BUNDLE, "search.date.future"));
            return null;
        }
        if (careTo != null && careTo.isAfter(today)) {
            Texts.error("criteria:careTo", Texts.of(ReimbursementsModule.BUNDLE, "search.date.future"));
            return null;
        }
        if (beneficiaryId != null && memberContext.beneficiaries().stream().noneMatch(b -> b.getId().equals(beneficiaryId))) {
            beneficiaryId = null;
        }
        return page() + "?faces-redirect=true&" + queryOf(periodMonths, beneficiaryId, careFrom, careTo);
    }

    /** The same criteria, for the print and export links. */
    public String getQuery() {
        return queryOf(criteria.periodMonths(), criteria.beneficiaryId(), criteria.careFrom(), criteria.careTo())
                + "&payee=" + payee();
    }

    private static String queryOf(int months, Long beneficiaryId, LocalDate careFrom, LocalDate careTo) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Integer.toString(months));
        if (beneficiaryId != null) {
            params.put("beneficiary", beneficiaryId.toString());
        }
        if (careFrom != null) {
            params.put("from", careFrom.toString());
        }
        if (careTo != null) {
            params.put("to", careTo.toString());
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static int parsePeriod(String raw) {
        try {
            int months = Integer.parseInt(raw);
            return PaymentCriteria.PERIODS.contains(months) ? months : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Long parseBeneficiary(String raw) {
        try {
            long id = Long.parseLong(raw);
            return memberContext.beneficiaries().stream().anyMatch(b -> b.getId() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static LocalDate parseDate(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<Integer> getPeriods() {
        return List.of(1, 3, 6, 12, 24);
    }

    public String periodLabel(Integer months) {
        return Texts.of(ReimbursementsModule.BUNDLE, "search.period." + months);
    }

    public List<Beneficiary> getBeneficiaries() {
        return memberContext.beneficiaries();
    }

    public boolean isAdvanced() {
        return criteria != null && criteria.isAdvanced();
    }

    public PaymentPage getModel() {
        return model;
    }

    public List<PaymentLine> linesOf(long paymentId) {
        return model.linesOf(paymentId);
    }

    public String getResultsTitle() {
        return Texts.of(ReimbursementsModule.BUNDLE, "search.results", resultCount);
    }

    public String date(LocalDate date) {
        return FrenchFormats.date(date);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getBeneficiary() {
        return beneficiary;
    }

    public void setBeneficiary(String beneficiary) {
        this.beneficiary = beneficiary;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getPeriodMonths() {
        return periodMonths;
    }

    public void setPeriodMonths(Integer periodMonths) {
        this.periodMonths = periodMonths;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(Long beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public LocalDate getCareFrom() {
        return careFrom;
    }

    public void setCareFrom(LocalDate careFrom) {
        this.careFrom = careFrom;
    }

    public LocalDate getCareTo() {
        return careTo;
    }

    public void setCareTo(LocalDate careTo) {
        this.careTo = careTo;
    }
}
