package org.mutualportal.api.requests;

import java.util.Objects;

/**
 * A request about to be recorded.
 *
 * @param typeCode a type declared by a module ({@code account.address}…)
 * @param summary one line for the history, without health data
 * @param details what the member wrote, plain text (may be null)
 * @param payload JSON for the management system (may be null)
 * @since 1.0
 */
public record RequestDraft(String typeCode, String summary, String details, String payload) {

    /**
     * Checks the draft.
     *
     * @throws NullPointerException when the type or the summary is missing
     * @param typeCode a declared type
     * @param summary one line for the history
     * @param details the member's text, or {@code null}
     * @param payload JSON for the management system, or {@code null}
     */
    public RequestDraft {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(summary, "summary");
    }
}
