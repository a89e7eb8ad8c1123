package org.mutualportal.contact.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contact.ContactModule;

/** "Historique de mes demandes": the member's requests of every module, filtered and paged on the server. */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    private String type;
    private RequestStatus status;
    private Integer sinceMonths;
    private RequestRows rows;
    private long total;

    public void load() {
        RequestFilter filter = new RequestFilter(type == null || type.isBlank() ? null : type, status, null, sinceMonths);
        total = requests.count(filter);
        rows = new RequestRows(filter, total, requests::history);
    }

    public void filter() {
        load();
    }

    public List<Integer> getPeriods() {
        return List.of(1, 3, 6, 12, 24);
    }

    public String periodLabel(Integer months) {
        return Texts.of(ContactModule.BUNDLE, "history.period.months", months);
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

    public Integer getSinceMonths() {
        return sinceMonths;
    }

    public void setSinceMonths(Integer sinceMonths) {
        this.sinceMonths = sinceMonths;
    }
}
