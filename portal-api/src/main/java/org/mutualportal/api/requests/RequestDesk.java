package org.mutualportal.api.requests;

import java.util.List;
import org.mutualportal.api.web.NotFoundException;

/**
 * The staff's side of the request store: every member's requests, to take, answer and close.
 *
 * <p>Call it from staff pages only (paths under {@code /<module>/staff/}, which the shell protects). Each read
 * of a request or an attachment and each change is audited with the acting staff member
 * ({@link org.mutualportal.api.security.Actor}). Answering or closing fires
 * {@link org.mutualportal.spi.RequestStatusChanged} in the same transaction. An application-scoped CDI bean;
 * methods that change or audit run in their own transaction when the caller has none.
 *
 * @since 1.0
 */
public interface RequestDesk {

    /**
     * A page of requests of every member, oldest first (the inbox serves the longest waiting first).
     *
     * @param filter what to show
     * @param first index of the first row
     * @param max rows at most
     * @return never {@code null}
     */
    List<? extends MemberRequest> search(RequestFilter filter, int first, int max);

    /**
     * How many requests the filter finds.
     *
     * @param filter what to count
     * @return the count
     */
    long count(RequestFilter filter);

    /**
     * Opens a request: an audited read of member data.
     *
     * @param id the request
     * @return never {@code null}
     * @throws NotFoundException when there is no such request
     */
    MemberRequest open(long id);

    /**
     * A request, without an audit line: for code that follows a change of the request rather than showing it
     * to someone — an observer of {@link org.mutualportal.spi.RequestStatusChanged} (which also runs when the
     * management system changes the request), or a staff page reading again the request it already opened.
     * A staff member's first read of a request goes through {@link #open(long)}.
     *
     * @param id the request
     * @return never {@code null}
     * @throws NotFoundException when there is no such request
     * @since 1.0
     */
    MemberRequest find(long id);

    /**
     * The attachments of a request, without their content.
     *
     * @param requestId the request
     * @return never {@code null}
     */
    List<? extends RequestAttachment> attachments(long requestId);

    /**
     * An attachment, content included (audited).
     *
     * @param attachmentId the attachment
     * @return never {@code null}
     * @throws NotFoundException when there is no such attachment
     */
    RequestAttachment attachment(long attachmentId);

    /**
     * The acting staff member takes the request (it shows as "en cours" to the member).
     *
     * @param id the request
     * @return the request as changed
     * @throws NotFoundException when there is no such request
     */
    MemberRequest take(long id);

    /**
     * Answers and closes the request; the member is told that an answer waits in Suivi.
     *
     * @param id the request
     * @param text the answer, plain text
     * @return the request as changed
     * @throws NotFoundException when there is no such request
     */
    MemberRequest answer(long id, String text);

    /**
     * Closes without an answer (the change was applied in the management system, a duplicate…).
     *
     * @param id the request
     * @param status {@link RequestStatus#DONE} or {@link RequestStatus#CANCELLED}
     * @return the request as changed
     * @throws NotFoundException when there is no such request
     * @throws IllegalArgumentException for another status
     */
    MemberRequest close(long id, RequestStatus status);

    /**
     * Records a request for a member outside the member's session: one the mutual took on the member's behalf (a
     * bill received by post), or a module's demonstration data. Like {@link MemberRequests#submit}, its type must be
     * one a module of the portal declares; it shows in the member's Suivi and, for a type handed to the management
     * system, in the request feed. In the caller's transaction ({@code TxType.MANDATORY}); audited with the actor.
     *
     * @param memberId the member who asks
     * @param membershipId the membership concerned, one of the member's; {@code null} for a request about the
     *        member alone
     * @param draft what to record
     * @return the request, its id assigned
     * @throws NotFoundException when there is no such member, or the membership is not the member's
     * @throws IllegalArgumentException when no module of the portal declares the type (a programming error)
     * @since 1.0
     */
    MemberRequest record(long memberId, Long membershipId, RequestDraft draft);

    /**
     * Joins a file to a request outside the member's session (see {@link #record}), in the caller's transaction.
     * The content is checked as {@link MemberRequests#attach} checks it.
     *
     * @param requestId the request
     * @param fileName the file's name; made safe here
     * @param content the bytes
     * @return the attachment
     * @throws NotFoundException when there is no such request
     * @throws org.mutualportal.api.error.BusinessException when the content is not an accepted file
     * @since 1.0
     */
    RequestAttachment attach(long requestId, String fileName, byte[] content);

    /**
     * Reports a stage of a request ({@link org.mutualportal.spi.RequestStage}) with its reason, as the management
     * system does through the request feed: the request takes the stage's status, counts as delivered to the
     * management system (out of the feed until {@link MemberRequests#resubmit} hands it back), the change is
     * audited and {@link org.mutualportal.spi.RequestStatusChanged} is fired. Reporting the stage and reason the request
     * already shows changes nothing and fires nothing. Its own transaction when the caller has none.
     *
     * @param id the request
     * @param stageCode a stage its type declares
     * @param reason why, for the member; may be {@code null}
     * @return the request as changed
     * @throws NotFoundException when there is no such request, or it is not for the management system
     * @throws IllegalArgumentException when the request's type does not declare the stage
     * @throws IllegalStateException when the request is already closed
     * @since 1.0
     */
    MemberRequest stage(long id, String stageCode, String reason);
}
