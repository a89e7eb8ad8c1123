package org.mutualportal.core.admin;

import org.mutualportal.api.web.PagedModel;

import java.util.List;
import org.mutualportal.core.mail.OutboxMail.Status;

/** A lazy model of the outbox's mails in one state. */
public class OutboxPage extends PagedModel<OutboxAdmin.MailRow> {

    private static final long serialVersionUID = 1L;

    private final OutboxAdmin outbox;
    private final Status status;

    OutboxPage(OutboxAdmin outbox, Status status, long total) {
        super(total);
        this.outbox = outbox;
        this.status = status;
    }

    @Override
    protected List<OutboxAdmin.MailRow> page(int first, int size) {
        return outbox.list(status, first, size);
    }

    @Override
    protected long idOf(OutboxAdmin.MailRow row) {
        return row.id();
    }
}
