package org.mutualportal.core.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mutualportal.spi.RequestStatusChanged;

/** Records the status changes fired by {@code StaffDesk}, as the contact module's mail observer sees them. */
@ApplicationScoped
public class StatusChangeProbe {

    private final List<RequestStatusChanged> seen = new CopyOnWriteArrayList<>();

    void observe(@Observes RequestStatusChanged change) {
        seen.add(change);
    }

    public List<RequestStatusChanged> of(long requestId) {
        return seen.stream().filter(c -> c.requestId() == requestId).toList();
    }
}
