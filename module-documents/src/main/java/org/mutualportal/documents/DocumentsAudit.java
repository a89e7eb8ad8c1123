package org.mutualportal.documents;

import org.mutualportal.api.audit.AuditAction;

/**
 * What the documents module writes in the audit trail. The codes are the ones the trail already holds:
 * administrators search past lines by them.
 */
public enum DocumentsAudit implements AuditAction {

    /** A staff member read what an attestation's code certifies (a member's data). */
    ATTESTATION_VERIFIED;

    @Override
    public String code() {
        return name();
    }
}
