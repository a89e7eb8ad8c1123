package org.mutualportal.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An e-mail waiting in the outbox, or sent. Written in the same transaction as the change that causes it,
 * so that a change is never committed without its e-mail nor an e-mail sent for a change rolled back.
 * The body is rendered when queued: a template changed later does not alter a mail already promised.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    /** Where a mail stands. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    /** The template it came from (e.g. {@code account/activation}), for the administrators' counts. */
    @Column(nullable = false, length = 120)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String kind, RenderedMail mail, OffsetDateTime now) {
        this.recipient = recipient;
        this.kind = kind;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    void sent(OffsetDateTime now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Back to the queue after a failed attempt, or given up after too many. */
    void failed(String error, OffsetDateTime retryAt, boolean giveUp) {
        status = giveUp ? Status.FAILED : Status.PENDING;
        nextAttemptAt = retryAt;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }
}
