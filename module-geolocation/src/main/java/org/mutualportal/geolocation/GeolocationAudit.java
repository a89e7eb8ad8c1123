package org.mutualportal.geolocation;

import org.mutualportal.api.audit.AuditAction;

/**
 * What the geolocation module writes in the audit trail. The codes are the ones the trail already holds:
 * administrators search past lines by them.
 */
public enum GeolocationAudit implements AuditAction {

    /** An administrator started an import of the directory or of the postcode table (target: the file). */
    IMPORT_STARTED("GEOLOCATION_IMPORT");

    private final String code;

    GeolocationAudit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
