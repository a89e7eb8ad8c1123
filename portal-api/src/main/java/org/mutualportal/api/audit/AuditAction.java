package org.mutualportal.api.audit;

/**
 * A kind of audited action. Each module declares its own as an enum, so that actions are typed in code and
 * stable in the audit trail, where administrators search them by code.
 *
 * <h2>Usage</h2>
 * <pre>
 * public enum ContactAudit implements AuditAction {
 *     REQUESTS_LISTED;
 *     public String code() { return name(); }
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface AuditAction {

    /**
     * The action's code in the audit trail: upper case, stable (changing it hides past lines from a search).
     *
     * @return never {@code null}, at most 40 characters
     */
    String code();
}
