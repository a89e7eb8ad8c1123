package org.mutualportal.api.audit;

/**
 * The append-only audit trail of security events, staff reads of member data and administrative actions:
 * a row administrators search (Administration → Journal d'audit) and a line in the server log (category
 * {@code org.mutualportal.audit}).
 *
 * <p>Who acted, from which address and under which request id come from the request's
 * {@link org.mutualportal.api.security.Actor}; the caller says only what happened. Texts are clipped to the
 * column sizes (target 200, detail 1 000 characters); never put health data or passwords in them. An
 * application-scoped CDI bean.
 *
 * @since 1.0
 */
public interface AuditLog {

    /**
     * Records an action in the caller's transaction (or a new one when there is none), so that the action and
     * its audit line commit or roll back together.
     *
     * @param action what happened
     * @param target what it happened to ({@code request:12}, {@code account:7}); may be {@code null}
     * @param detail more, for the reader of the trail; may be {@code null}
     */
    void record(AuditAction action, String target, String detail);

    /**
     * Records an action in a transaction of its own, which commits even if the caller's rolls back: for events
     * whose cause fails (a refused access, a failed check).
     *
     * @param action what happened
     * @param target what it happened to; may be {@code null}
     * @param detail more; may be {@code null}
     */
    void recordAlone(AuditAction action, String target, String detail);
}
