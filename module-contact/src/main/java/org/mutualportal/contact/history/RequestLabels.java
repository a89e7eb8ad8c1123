package org.mutualportal.contact.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.MemberRequests;
import org.mutualportal.core.requests.RequestStatus;
import org.mutualportal.core.web.Texts;

/** Labels of request types (from the module that declared them) and statuses, for the lists and filters. */
@Named("requestLabels")
@ApplicationScoped
public class RequestLabels {

    @Inject
    ModuleRegistry registry;

    @Inject
    MemberRequests requests;

    public String type(MemberRequest request) {
        return requests.typeLabel(request);
    }

    public String status(RequestStatus status) {
        return Texts.core("request.status." + status);
    }

    /** Every request type of the portal's modules, as filter options. */
    public List<TypeOption> getTypes() {
        return registry.requestTypes().stream()
                .map(t -> new TypeOption(t.type().code(), registry.label(t.module(), t.type().labelKey())))
                .toList();
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }

    /** A type for a select list. */
    public static final class TypeOption {
        private final String code;
        private final String label;

        TypeOption(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }
}
