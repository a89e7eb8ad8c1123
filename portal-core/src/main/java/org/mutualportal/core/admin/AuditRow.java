package org.mutualportal.core.admin;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutualportal.core.audit.AuditEvent;
import org.mutualportal.api.time.PortalClock;

/**
 * An audit event as the console shows and exports it: the account references of actor and target come with
 * the login they stand for (when they name an account that still exists).
 */
public record AuditRow(long id, OffsetDateTime occurredAt, String action, String actor, String actorLogin,
        String target, String targetLogin, String detail, String remoteAddress) implements Serializable {

    /** To the second, in Europe/Paris: an investigation orders events closer than a minute apart. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.FRANCE);

    public String time() {
        return TIME.format(occurredAt.atZoneSameInstant(PortalClock.PARIS));
    }

    /** The rows of a batch or page, with the logins of every account it names read in one query. */
    static List<AuditRow> of(List<AuditEvent> events, ActorNames names) {
        List<String> references = new ArrayList<>();
        for (AuditEvent event : events) {
            references.add(event.getActor());
            references.add(event.getTarget());
        }
        Map<String, String> logins = names.loginsOf(references);
        return events.stream().map(e -> new AuditRow(e.getId(), e.getOccurredAt(), e.getAction(), e.getActor(),
                logins.get(e.getActor()), e.getTarget(), e.getTarget() == null ? null : logins.get(e.getTarget()),
                e.getDetail(), e.getRemoteAddress())).toList();
    }
}
