package org.mutualportal.api.requests;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.web.NotFoundException;

/**
 * Where every module records what a member asks: the entries of Suivi. One store for all, so that Suivi shows
 * the whole history, staff answer from one inbox and the management system reads one feed.
 *
 * <p>Every method works on the signed-in member's requests only (through
 * {@link org.mutualportal.api.member.MemberContext}): an id of another member's request is a
 * {@link NotFoundException}. A request's type must be one a module declared
 * ({@link org.mutualportal.spi.PortalModule#requestTypes()}), which gives its label and its announced
 * processing time. An application-scoped CDI bean.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;Transactional
 * public void changeAddress(PostalAddress address) {
 *     coordinates.changeAddress(address);
 *     requests.submit(new RequestDraft("account.address", summary, null, payloadJson));
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface MemberRequests {

    /**
     * Records a request of the signed-in member for the membership selected in the header, in the caller's
     * transaction ({@code TxType.MANDATORY}).
     *
     * @param draft what to record
     * @return the request, its id assigned
     * @throws IllegalArgumentException when no module of the portal declares the type (a programming error)
     */
    MemberRequest submit(RequestDraft draft);

    /**
     * One of the member's requests.
     *
     * @param id an id the member sent
     * @return never {@code null}
     * @throws NotFoundException when it is not one of the member's requests
     */
    MemberRequest find(long id);

    /**
     * The member's latest open request of a type (for "one pending request at a time").
     *
     * @param typeCode a type's code
     * @return the request, or empty
     */
    Optional<MemberRequest> openOfType(String typeCode);

    /**
     * The member cancels a request nobody has taken yet, in its own transaction when the caller has none.
     *
     * @param id an id the member sent
     * @return the request as cancelled
     * @throws NotFoundException when it is not one of the member's requests
     * @throws org.mutualportal.api.error.BusinessException when it is no longer open to cancellation
     */
    MemberRequest cancel(long id);

    /**
     * Joins a file to one of the member's requests, in the caller's transaction. The content is checked again
     * (type by content, size); a form checks it first with the {@code portal.files} validator so that the member
     * sees why a file is refused.
     *
     * @param request one of the member's requests
     * @param fileName the name the browser sent; made safe here
     * @param content the bytes
     * @return the attachment
     * @throws org.mutualportal.api.error.BusinessException when the content is not an accepted file
     */
    RequestAttachment attach(MemberRequest request, String fileName, byte[] content);

    /**
     * The attachments of one of the member's requests, without their content.
     *
     * @param requestId an id the member sent
     * @return never {@code null}
     * @throws NotFoundException when it is not one of the member's requests
     */
    List<? extends RequestAttachment> attachments(long requestId);

    /**
     * One of the member's attachments, content included.
     *
     * @param attachmentId an id the member sent
     * @return never {@code null}
     * @throws NotFoundException when it is not an attachment of one of the member's requests
     */
    RequestAttachment attachment(long attachmentId);

    /**
     * A page of the member's requests, newest first ("Historique de mes demandes"), paged in SQL.
     *
     * @param filter what to show
     * @param first index of the first row
     * @param max rows at most
     * @return never {@code null}
     */
    List<? extends MemberRequest> history(RequestFilter filter, int first, int max);

    /**
     * How many of the member's requests the filter finds.
     *
     * @param filter what to count
     * @return the count
     */
    long count(RequestFilter filter);

    /**
     * How many of the member's requests are still open (sent, or being handled), in one query.
     *
     * @return the count
     */
    long countOpen();

    /**
     * How many requests of a type the member made since an instant (rate limits).
     *
     * @param typeCode a type's code
     * @param since the start of the window
     * @return the count
     */
    long countSince(String typeCode, OffsetDateTime since);

    /**
     * The French label of a request's type, from its module's bundle.
     *
     * @param request any request
     * @return the label, even when its module is switched off; the type's code when no module of the portal
     *         declares it any more
     */
    String typeLabel(MemberRequest request);

    /**
     * The French label of a request's stage, from its module's bundle.
     *
     * @param request any request
     * @return the label, or {@code null} when the request has no stage
     */
    String stageLabel(MemberRequest request);

    /**
     * The page where the module that declared a request's type shows it ({@link org.mutualportal.spi.RequestType#page()}),
     * for a link from Suivi or from another module's page.
     *
     * @param request any request
     * @return the path in the application, the request's id in it, or {@code null} when the type declares no page
     *         or its module is not enabled
     */
    String page(MemberRequest request);

    /**
     * Whether the mutual waits for the member on a request: it is open and its stage
     * {@link org.mutualportal.spi.RequestStage#awaitsMember() awaits the member} (a missing document), so that the
     * module offers to complete it and {@link #resubmit(MemberRequest)} accepts it.
     *
     * @param request any request
     * @return whether the member may complete it
     */
    boolean awaitsMember(MemberRequest request);

    /**
     * The member completed one of their requests the mutual waits for (its stage
     * {@link org.mutualportal.spi.RequestStage#awaitsMember() awaits the member}, a missing document now joined):
     * the stage is cleared and the request goes back to the management system's feed, in the caller's
     * transaction.
     *
     * @param request one of the member's requests
     * @return the request as changed
     * @throws NotFoundException when it is not one of the member's requests
     * @throws org.mutualportal.api.error.BusinessException when the mutual does not wait for the member on it
     */
    MemberRequest resubmit(MemberRequest request);

    /**
     * Every type the portal's modules declare, switched off or not (their requests stay in the history), with its
     * French label, for the filters of the lists.
     *
     * @return never {@code null}, in the modules' order
     */
    List<TypeLabel> types();

    /**
     * A request type and its French label.
     *
     * @param code the type's code
     * @param label its label
     */
    record TypeLabel(String code, String label) implements java.io.Serializable {
    }
}
