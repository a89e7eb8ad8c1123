package org.mutualportal.contact;

import org.mutualportal.api.audit.AuditAction;

/**
 * What the contact module itself writes to the audit trail; the desk audits the reads and changes of one
 * request. Codes are those of earlier versions, which administrators search.
 */
public enum ContactAudit implements AuditAction {

    /** Staff listed members' requests in the inbox: names and summaries are member data. */
    REQUESTS_LISTED;

    @Override
    public String code() {
        return name();
    }
}
