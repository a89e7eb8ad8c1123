package org.mutualportal.core.spi;

import java.util.Objects;

/**
 * A kind of member request (an entry of "Suivi → Historique de mes demandes") a module creates.
 *
 * @param code unique code across modules, conventionally {@code <module id>.<name>}, e.g. {@code account.address}
 * @param labelKey key of its label in the module's bundle
 * @param processingDays business days the mutual announces to process it (for the estimated date)
 * @param forManagementSystem whether the request must be handed to the mutual's management system
 *        (coordinate, bank, beneficiary, contract changes) rather than only answered by staff
 * @since 0.1
 */
public record RequestType(String code, String labelKey, int processingDays, boolean forManagementSystem) {

    public RequestType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        if (processingDays < 0) {
            throw new IllegalArgumentException("processingDays < 0 for " + code);
        }
    }
}
