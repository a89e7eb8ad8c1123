package org.mutualportal.reimbursements.detail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.ReimbursementsModule;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentDetail;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.Payments;

/**
 * The detail of a payment ({@code payment.xhtml?id=…}, the id typed by {@code portal.id}): another member's
 * payment, a malformed id or none at all is not found. {@code payment.xhtml?claim=…} opens the payment that settles
 * a bill the member sent online (the claims module's "Voir le paiement"), within the same scope.
 *
 * <p>The lines can be sorted by "Prestations" ({@code &sort=act} or {@code act-desc}): a link in the column's
 * header, so that sorting needs no script; an unknown value keeps the order of the statement.
 */
@Named
@RequestScoped
public class PaymentDetailBacking {

    private static final String BY_ACT = "act";
    private static final String BY_ACT_DESCENDING = "act-desc";

    @Inject
    Payments payments;

    @Inject
    MemberRequests requests;

    @Inject
    MemberContext memberContext;

    private Long id;
    private Long claim;
    private String sort;
    private List<PaymentLine> lines;
    private PaymentDetail detail;
    private String title;
    private String claimPath;

    public void load() {
        if (id == null && claim != null) {
            id = payments.paymentOfClaim(claim);
        }
        if (id == null) {
            throw new NotFoundException();
        }
        detail = payments.find(id);
        lines = sorted(detail.lines());
        title = title(detail.lines());
        Long settled = detail.payment().getClaimRequestId();
        // The import checked that the claim is a request of the payment's member.
        claimPath = settled == null ? null : requests.page(requests.find(settled));
    }

    /** The page of the claim this payment settles, as its module shows it; {@code null} without one or once it is off. */
    public String getClaimPath() {
        return claimPath;
    }

    /** "demande n° 1587": the number as the member has it, without a French thousands separator. */
    public String getClaimNumber() {
        return Texts.of(ReimbursementsModule.BUNDLE, "detail.claim.number", Long.toString(detail.payment().getClaimRequestId()));
    }

    public PaymentDetail getDetail() {
        return detail;
    }

    public String getTitle() {
        return title;
    }

    /** The lines in the order asked for. */
    public List<PaymentLine> getLines() {
        return lines;
    }

    /** The value of {@code aria-sort} on the "Prestations" header. */
    public String getSortState() {
        return switch (sortKey()) {
            case BY_ACT -> "ascending";
            case BY_ACT_DESCENDING -> "descending";
            default -> "none";
        };
    }

    /** Where the "Prestations" header's link leads: ascending first, then each click reverses the order. */
    public String getNextSort() {
        return BY_ACT.equals(sortKey()) ? BY_ACT_DESCENDING : BY_ACT;
    }

    /**
     * "Paiement - Nom et prénom" as in the guide: the person the care was for when every line is theirs, else the
     * member, who receives the statement.
     */
    private String title(List<PaymentLine> statement) {
        List<String> names = statement.stream().map(PaymentLine::getBeneficiaryName).distinct().toList();
        String name = names.size() == 1 ? names.get(0) : memberContext.member().getFullName();
        return Texts.of(ReimbursementsModule.BUNDLE, "detail.title", name);
    }

    private List<PaymentLine> sorted(List<PaymentLine> statementOrder) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        Comparator<PaymentLine> byAct = Comparator.comparing(PaymentLine::getActLabel, french);
        return switch (sortKey()) {
            case BY_ACT -> statementOrder.stream().sorted(byAct).toList();
            case BY_ACT_DESCENDING -> statementOrder.stream().sorted(byAct.reversed()).toList();
            default -> statementOrder;
        };
    }

    private String sortKey() {
        return sort == null ? "" : sort;
    }

    public boolean isThirdParty() {
        return detail.payment().getPayee() == Payee.PROFESSIONAL;
    }

    public List<String> why(PaymentLine line) {
        return LineExplanation.explain(line);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Long getClaim() {
        return claim;
    }

    public void setClaim(Long claim) {
        this.claim = claim;
    }
}
