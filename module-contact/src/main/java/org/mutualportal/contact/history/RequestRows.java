package org.mutualportal.contact.history;

import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.web.PagedModel;

/** A lazy table of requests (the member's history or the staff inbox), counted once and paged in SQL. */
public class RequestRows extends PagedModel<MemberRequest> {

    private static final long serialVersionUID = 1L;

    /** A page query of a store: filter, first row, page size; a method of a client proxy, which serializes. */
    public interface PageQuery extends Serializable {
        List<? extends MemberRequest> page(RequestFilter filter, int first, int size);
    }

    private final RequestFilter filter;
    private final PageQuery query;

    /**
     * A table of the requests a filter finds.
     *
     * @param filter what to list
     * @param total how many requests the filter finds, counted once by the caller
     * @param query how to read a page
     */
    public RequestRows(RequestFilter filter, long total, PageQuery query) {
        super(total);
        this.filter = filter;
        this.query = query;
    }

    @Override
    protected List<MemberRequest> page(int first, int size) {
        return List.copyOf(query.page(filter, first, size));
    }

    @Override
    protected long idOf(MemberRequest request) {
        return request.getId();
    }
}
