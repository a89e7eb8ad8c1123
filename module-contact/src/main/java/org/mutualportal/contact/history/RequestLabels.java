package org.mutualportal.contact.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.text.Texts;

/** Labels of request types (from the module that declared them) and statuses, for the lists and filters. */
@Named("requestLabels")
@ApplicationScoped
public class RequestLabels {

    @Inject
    MemberRequests requests;

    public String type(MemberRequest request) {
        return requests.typeLabel(request);
    }

    /** The label of the request's stage, from the module that declared it, or {@code null} without a stage. */
    public String stage(MemberRequest request) {
        return requests.stageLabel(request);
    }

    public String status(RequestStatus status) {
        return Texts.shared("request.status." + status);
    }

    /** Every request type of the portal's modules, as filter options. */
    public List<MemberRequests.TypeLabel> getTypes() {
        return requests.types();
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }
}
