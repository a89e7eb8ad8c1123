package org.mutualportal.reimbursements.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentCriteria;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.Payments;

/**
 * The "Consultation" tab: the guide's search form, results paged on the server, each row expandable to its
 * lines. The criteria travel in the URL (period, beneficiary, from, to), bound as typed view parameters, so
 * that a result can be reloaded, bookmarked, and printed or exported with exactly the same criteria
 * ({@link SearchParameters}).
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
    private Integer period;
    private Long beneficiary;
    private LocalDate from;
    private LocalDate to;

    // form fields
    private Integer periodMonths = PaymentCriteria.DEFAULT_PERIOD;
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

    /**
     * View action: searches with the criteria of the URL. A period or date the converters could not read is
     * absent (the default search); a beneficiary of another membership is not found.
     */
    public void load() {
        periodMonths = period == null ? PaymentCriteria.DEFAULT_PERIOD : period;
        beneficiaryId = beneficiary == null ? null : memberContext.beneficiary(beneficiary).getId();
        careFrom = from;
        // A reversed window can only come from an address edited by hand: its start is kept.
        careTo = from != null && to != null && to.isBefore(from) ? null : to;
        criteria = new PaymentCriteria(periodMonths, payee(), beneficiaryId, careFrom, careTo, true);
        model = new PaymentPage(payments, criteria);
        resultCount = payments.count(criteria);
    }

    /** "Rechercher": checks the care dates, then shows the results at their own address. */
    public String search() {
        if (careFrom != null && careTo != null && careTo.isBefore(careFrom)) {
            throw new BusinessException(ReimbursementsModule.BUNDLE, "search.careTo.beforeFrom").on("careTo");
        }
        LocalDate today = clock.today();
        if (careFrom != null && careFrom.isAfter(today)) {
            throw new BusinessException(ReimbursementsModule.BUNDLE, "search.date.future").on("careFrom");
        }
        if (careTo != null && careTo.isAfter(today)) {
            throw new BusinessException(ReimbursementsModule.BUNDLE, "search.date.future").on("careTo");
        }
        Long chosen = beneficiaryId == null ? null : memberContext.beneficiary(beneficiaryId).getId();
        return page() + "?faces-redirect=true&"
                + SearchParameters.query(new PaymentCriteria(periodMonths, payee(), chosen, careFrom, careTo, true));
    }

    /** The same criteria, for the print and export links. */
    public String getQuery() {
        return SearchParameters.query(criteria) + "&payee=" + payee();
    }

    public List<Integer> getPeriods() {
        return List.of(1, 3, 6, 12, 24);
    }

    public String periodLabel(Integer months) {
        return Texts.of(ReimbursementsModule.BUNDLE, "search.period." + months);
    }

    public List<? extends Beneficiary> getBeneficiaries() {
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

    public Integer getPeriod() {
        return period;
    }

    public void setPeriod(Integer period) {
        this.period = period;
    }

    public Long getBeneficiary() {
        return beneficiary;
    }

    public void setBeneficiary(Long beneficiary) {
        this.beneficiary = beneficiary;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
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
