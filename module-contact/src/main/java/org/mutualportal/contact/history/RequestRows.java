package org.mutualportal.contact.history;

import java.util.List;
import java.util.Map;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy page of requests, counted and paged in SQL by the given queries (member history or staff inbox). */
public class RequestRows extends LazyDataModel<MemberRequest> {

    private static final long serialVersionUID = 1L;

    /** A page query: filter, first row, page size. */
    public interface PageQuery extends java.io.Serializable {
        List<? extends MemberRequest> page(RequestFilter filter, int first, int size);
    }

    /** A count query. */
    public interface CountQuery extends java.io.Serializable {
        long count(RequestFilter filter);
    }

    private final RequestFilter filter;
    private final PageQuery page;
    private final CountQuery count;

    public RequestRows(RequestFilter filter, PageQuery page, CountQuery count) {
        this.filter = filter;
        this.page = page;
        this.count = count;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(count.count(filter));
    }

    @Override
    public List<MemberRequest> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return List.copyOf(page.page(filter, first, size));
    }

    @Override
    public String getRowKey(MemberRequest request) {
        return Long.toString(request.getId());
    }

    @Override
    public MemberRequest getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> Long.toString(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }

}
