package org.mutualportal.core.admin;

import org.mutualportal.core.web.CoreTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.mutualportal.core.mail.OutboxMail.Status;
import org.mutualportal.api.text.Texts;

/** The outbox page ({@code /admin/outbox.xhtml}): counts by state, mails waiting and given up, retry. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdmin outbox;

    private Map<Status, Long> counts;
    private OutboxPage pending;
    private OutboxPage failed;
    private OffsetDateTime stalledSince;
    private OffsetDateTime senderFailingSince;

    public void load() {
        stalledSince = outbox.stalledSince().orElse(null);
        senderFailingSince = outbox.senderFailingSince().orElse(null);
        counts = outbox.counts();
        pending = new OutboxPage(outbox, Status.PENDING, counts.get(Status.PENDING));
        failed = new OutboxPage(outbox, Status.FAILED, counts.get(Status.FAILED));
    }

    /** "Renvoyer maintenant": back to the queue, then the page again with the outcome (post-redirect-get). */
    public String retry(long mailId) {
        if (outbox.retry(mailId)) {
            Texts.flash(CoreTexts.core("admin.outbox.retried"));
        } else {
            Texts.flash(CoreTexts.core("admin.outbox.not-failed"));
        }
        return "/admin/outbox.xhtml?faces-redirect=true";
    }

    public List<Status> getStatuses() {
        return List.of(Status.values());
    }

    public long count(Status status) {
        return counts.getOrDefault(status, 0L);
    }

    public OutboxPage getPending() {
        return pending;
    }

    public OutboxPage getFailed() {
        return failed;
    }

    /** The due time of the oldest waiting mail when the queue stands still, else {@code null}. */
    public OffsetDateTime getStalledSince() {
        return stalledSince;
    }

    /** Since when this server's sender fails, when it has for too long, else {@code null}. */
    public OffsetDateTime getSenderFailingSince() {
        return senderFailingSince;
    }
}
