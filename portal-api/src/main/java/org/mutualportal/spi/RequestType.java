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
 * @since 1.0
 */
public record RequestType(String code, String labelKey, int processingDays, boolean forManagementSystem,
        List<RequestStage> stages) {

    /**
     * Checks the type.
     *
     * @param code unique code
     * @param labelKey key of its label
     * @param processingDays announced business days
     * @param forManagementSystem whether the management system collects it
     * @param stages its stages, codes unique
     * @throws NullPointerException when the code or the label key is missing
     * @throws IllegalArgumentException when the processing days are negative or two stages share a code
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
        this(code, labelKey, processingDays, forManagementSystem, List.of());
    }

    /**
     * The same type with these stages.
     *
     * @param newStages the steps the management system may report
     * @return a new type
     */
    public RequestType withStages(RequestStage... newStages) {
        return new RequestType(code, labelKey, processingDays, forManagementSystem, List.of(newStages));
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
