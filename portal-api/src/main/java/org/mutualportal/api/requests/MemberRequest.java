package org.mutualportal.api.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Something a member asked of the mutual — a message, a change of address or bank details, a new beneficiary, a
 * claim — whichever module took it: an entry of Suivi. Read-only for modules; {@link MemberRequests} records
 * and cancels, staff answer through {@link RequestDesk}, the management system through the request feed.
 *
 * @since 1.0
 */
public interface MemberRequest {

    /**
     * The request's id, its number for the member ("demande n° 1234").
     *
     * @return never {@code null}
     */
    Long getId();

    /**
     * The member who asked.
     *
     * @return never {@code null}
     */
    Long getMemberId();

    /**
     * The membership selected when the member asked.
     *
     * @return the id, or {@code null} for a request about the member alone
     */
    Long getMembershipId();

    /**
     * The type's code ({@code <module>.<name>}), one a module declared in
     * {@link org.mutualportal.spi.PortalModule#requestTypes()}.
     *
     * @return never {@code null}
     */
    String getTypeCode();

    /**
     * The id of the module that declared the type.
     *
     * @return never {@code null}
     */
    String getModuleId();

    /**
     * Where it stands.
     *
     * @return never {@code null}
     */
    RequestStatus getStatus();

    /**
     * The step the management system last reported, finer than the status (a code the request's type declares,
     * see {@link org.mutualportal.spi.RequestStage}).
     *
     * @return the stage's code, or {@code null}
     */
    String getStage();

    /**
     * Why the request is at its stage, as the management system wrote it for the member ("il manque la facture
     * acquittée").
     *
     * @return the reason, or {@code null}
     */
    String getStageReason();

    /**
     * One line for the history, without health data.
     *
     * @return never {@code null}
     */
    String getSummary();

    /**
     * What the member wrote, plain text.
     *
     * @return the text, or {@code null}
     */
    String getDetails();

    /**
     * JSON for the management system.
     *
     * @return the JSON, or {@code null}
     */
    String getPayload();

    /**
     * Whether the management system collects it through the request feed.
     *
     * @return {@code true} for a request the type hands to the management system
     */
    boolean isForManagement();

    /**
     * When the member asked.
     *
     * @return never {@code null}
     */
    OffsetDateTime getCreatedAt();

    /**
     * The last change of status.
     *
     * @return never {@code null}
     */
    OffsetDateTime getUpdatedAt();

    /**
     * The date the mutual announces for an answer: the type's processing days after the request, in French
     * working days.
     *
     * @return never {@code null}
     */
    LocalDate getEstimatedDate();

    /**
     * The answer staff or the management system gave.
     *
     * @return the answer, or {@code null}
     */
    String getAnswer();

    /**
     * The staff member who took the request ({@link org.mutualportal.api.security.Actor#name()}).
     *
     * @return the name, or {@code null} while nobody took it
     */
    String getAssignedTo();

    /**
     * Who answered it: a staff member's or the management system's name.
     *
     * @return the name, or {@code null}
     */
    String getAnsweredBy();

    /**
     * When it was answered.
     *
     * @return the instant, or {@code null}
     */
    OffsetDateTime getAnsweredAt();
}
