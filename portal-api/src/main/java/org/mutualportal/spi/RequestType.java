package org.mutualportal.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of member request (an entry of "Suivi → Historique de mes demandes") a module creates.
 *
 * @param code unique code across modules, conventionally {@code <module id>.<name>}, e.g. {@code account.address}
 * @param labelKey key of its label in the module's bundle
 * @param processingDays business days the mutual announces to process it (for the estimated date)
 * @param forManagementSystem whether the request must be handed to the mutual's management system
 *        (coordinate, bank, beneficiary, contract changes) rather than only answered by staff
 * @param stages the steps the management system may report on it, finer than its status; empty for most types
 * @param page the module's own page showing one such request (where the member follows or completes it), in the
 *        application, {@code {id}} standing for the request's id ({@code /claims/claim.xhtml?id={id}}); {@code null}
 *        when Suivi's request page is enough
 * @since 1.0
 */
public record RequestType(String code, String labelKey, int processingDays, boolean forManagementSystem,
        List<RequestStage> stages, String page) {

    /**
     * Checks the type.
     *
     * @param code unique code
     * @param labelKey key of its label
     * @param processingDays announced business days
     * @param forManagementSystem whether the management system collects it
     * @param stages its stages, codes unique
     * @param page its module's page, or {@code null}
     * @throws NullPointerException when the code or the label key is missing
     * @throws IllegalArgumentException when the processing days are negative, two stages share a code, or the page
     *         is not a path in the application carrying {@code {id}}
     */
    public RequestType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        if (processingDays < 0) {
            throw new IllegalArgumentException("processingDays < 0 for " + code);
        }
        stages = List.copyOf(stages);
        if (stages.stream().map(RequestStage::code).distinct().count() != stages.size()) {
            throw new IllegalArgumentException("Two stages of " + code + " share a code");
        }
        if (page != null && (!page.startsWith("/") || !page.contains("{id}"))) {
            throw new IllegalArgumentException("The page of " + code + " is a path with {id}: " + page);
        }
    }

    /**
     * A type without stages.
     *
     * @param code unique code
     * @param labelKey key of its label
     * @param processingDays announced business days
     * @param forManagementSystem whether the management system collects it
     */
    public RequestType(String code, String labelKey, int processingDays, boolean forManagementSystem) {
        this(code, labelKey, processingDays, forManagementSystem, List.of(), null);
    }

    /**
     * A type with stages, without a page of its own.
     *
     * @param code unique code
     * @param labelKey key of its label
     * @param processingDays announced business days
     * @param forManagementSystem whether the management system collects it
     * @param stages its stages, codes unique
     */
    public RequestType(String code, String labelKey, int processingDays, boolean forManagementSystem,
            List<RequestStage> stages) {
        this(code, labelKey, processingDays, forManagementSystem, stages, null);
    }

    /**
     * The same type with these stages.
     *
     * @param newStages the steps the management system may report
     * @return a new type
     */
    public RequestType withStages(RequestStage... newStages) {
        return new RequestType(code, labelKey, processingDays, forManagementSystem, List.of(newStages), page);
    }

    /**
     * The same type shown on a page of its module: Suivi's page of such a request links to it.
     *
     * @param newPage a path in the application with {@code {id}}, e.g. {@code /claims/claim.xhtml?id={id}}
     * @return a new type
     */
    public RequestType withPage(String newPage) {
        return new RequestType(code, labelKey, processingDays, forManagementSystem, stages, newPage);
    }

    /**
     * One of the type's stages.
     *
     * @param stageCode a stage's code; may be {@code null}
     * @return the stage, or empty
     */
    public Optional<RequestStage> stage(String stageCode) {
        return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
    }
}
