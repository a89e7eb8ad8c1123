package org.mutualportal.faq.staff;

import org.mutualportal.api.audit.AuditAction;

/**
 * The staff changes to the FAQ that the audit trail records, target {@code faq-question:<id>}. The codes are
 * the ones the trail has always held: administrators search past lines by them.
 */
public enum FaqAudit implements AuditAction {

    /** A question was written; the detail is its text. */
    FAQ_QUESTION_CREATED,
    /** A question was rewritten (text, answer or theme); the detail is its text. */
    FAQ_QUESTION_UPDATED,
    /** A question became visible to readers. */
    FAQ_QUESTION_PUBLISHED,
    /** A question was taken off the public and member pages. */
    FAQ_QUESTION_UNPUBLISHED,
    /** A question swapped places with its neighbour; the detail is the direction. */
    FAQ_QUESTION_MOVED;

    @Override
    public String code() {
        return name();
    }
}
