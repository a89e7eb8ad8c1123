package org.mutualportal.reimbursements.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutualportal.reimbursements.payment.PaymentCriteria;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.PaymentSummary;
import org.mutualportal.reimbursements.payment.Payments;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The results table's lazy model: one page of payments per request, counted and paged in SQL, and the lines
 * of that page read in one more query (for the expandable rows).
 */
public class PaymentPage extends LazyDataModel<PaymentSummary> {

    private static final long serialVersionUID = 1L;

    /** A client proxy of an application-scoped bean: it serializes with the view. */
    private final Payments payments;
    private final PaymentCriteria criteria;
    private final Map<Long, List<PaymentLine>> lines = new HashMap<>();

    PaymentPage(Payments payments, PaymentCriteria criteria) {
        this.payments = payments;
        this.criteria = criteria;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(payments.count(criteria));
    }

    @Override
    public List<PaymentSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta byDate = sort.get("paymentDate");
        boolean newestFirst = byDate == null || byDate.getOrder() != SortOrder.ASCENDING;
        PaymentCriteria ordered = new PaymentCriteria(criteria.periodMonths(), criteria.payee(), criteria.beneficiaryId(),
                criteria.careFrom(), criteria.careTo(), newestFirst);
        List<PaymentSummary> page = payments.search(ordered, first, pageSize);
        lines.clear();
        lines.putAll(payments.lines(page.stream().map(PaymentSummary::getId).toList(), criteria));
        return page;
    }

    @Override
    public String getRowKey(PaymentSummary payment) {
        return Long.toString(payment.getId());
    }

    @Override
    public PaymentSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(p -> Long.toString(p.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    /** The lines of a payment of the current page that match the search. */
    public List<PaymentLine> linesOf(long paymentId) {
        return lines.getOrDefault(paymentId, List.of());
    }
}
