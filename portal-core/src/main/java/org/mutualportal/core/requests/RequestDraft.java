package org.mutualportal.core.requests;

import java.util.Objects;

/**
 * A request about to be recorded.
 *
 * @param typeCode a type declared by a module ({@code account.address}…)
 * @param summary one line for the history, without health data
 * @param details what the member wrote, plain text (may be null)
 * @param payload JSON for the management system (may be null)
 */
public record RequestDraft(String typeCode, String summary, String details, String payload) {

    public RequestDraft {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(summary, "summary");
    }
}
