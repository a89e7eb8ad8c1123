package org.mutualportal.core.admin;

import org.mutualportal.api.web.PagedModel;

import java.util.List;

/** The audit table's lazy model: one page of events per request, with the logins they name. */
public class AuditPage extends PagedModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    private final AuditSearch search;
    private final ActorNames names;
    private final AuditSearch.Resolved criteria;

    AuditPage(AuditSearch search, ActorNames names, AuditSearch.Resolved criteria, long total) {
        super(total);
        this.search = search;
        this.names = names;
        this.criteria = criteria;
    }

    @Override
    protected List<AuditRow> page(int first, int size) {
        return AuditRow.of(search.search(criteria, first, size), names);
    }

    @Override
    protected long idOf(AuditRow row) {
        return row.id();
    }
}
