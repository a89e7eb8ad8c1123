package org.mutualportal.contact.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contact.ContactAudit;
import org.mutualportal.contact.ContactModule;
import org.mutualportal.contact.history.RequestRows;

/** The staff inbox: every member's requests, oldest first, filtered by type, status and age. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDesk desk;

    @Inject
    AuditLog audit;

    private String type;
    private RequestStatus status = RequestStatus.SENT;
    private Integer olderThanDays;
    private RequestRows rows;
    private long total;

    public void load() {
        RequestFilter filter = new RequestFilter(type == null || type.isBlank() ? null : type, status, olderThanDays, null);
        total = desk.count(filter);
        rows = new RequestRows(filter, total, desk::search);
        // The list shows members' names and request summaries: a staff read of member data, like opening one.
        audit.recordAlone(ContactAudit.REQUESTS_LISTED, null,
                "type=" + filter.typeCode() + " status=" + filter.status() + " olderThanDays=" + filter.olderThanDays());
    }

    public void filter() {
        load();
    }

    public List<Integer> getAges() {
        return List.of(2, 5, 10, 30);
    }

    public String ageLabel(Integer days) {
        return Texts.of(ContactModule.BUNDLE, "inbox.age.days", days);
    }

    public String getResultsTitle() {
        return Texts.of(ContactModule.BUNDLE, "history.results", total);
    }

    public RequestRows getRows() {
        return rows;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }
}
