package org.mutualportal.core.exchange;

import jakarta.enterprise.event.Event;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutualportal.core.exchange.FeedItem.AttachmentLink;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.requests.MemberRequestEntity;
import org.mutualportal.core.requests.RequestAttachmentEntity;
import org.mutualportal.core.requests.StaffDesk;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;

/**
 * The feed of member requests the management system must process ({@code for_management}), and what comes
 * back from it: acknowledgements and statuses.
 *
 * <h2>Delivery until acknowledged</h2>
 * A request is in the feed from its commit until the management system acknowledges it: fetching does not
 * consume anything. A poll starts without cursor and pages with the {@code next} cursor; the next poll starts
 * again from the beginning, so whatever was fetched and not acknowledged (a crash between the two) is
 * delivered again. Acknowledging is idempotent.
 *
 * <h2>Why the cursor never skips a request</h2>
 * Request ids come from a sequence taken at insert time, but transactions commit in any order: id 11 may be
 * visible while id 10 is still being written, and a cursor "after 11" would then skip 10 for good. The feed
 * therefore orders by {@code (feed_txid, id)}, where {@code feed_txid} is the inserting transaction's id
 * (column default {@code txid_current()}), and only shows rows whose transaction is older than the oldest
 * transaction still running ({@code txid_snapshot_xmin}). Every transaction below that horizon has ended, so
 * no row can later appear below it: a row that becomes visible after a cursor was handed out always sorts after
 * that cursor. The price is a delay while some transaction runs long (a big import): its rows, and the rows of
 * transactions that started after it, wait for it to end.
 */
@ApplicationScoped
public class RequestFeed {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    StaffDesk desk;

    @Inject
    ModuleRegistry registry;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RequestStatusChanged> changes;

    /** A page of unacknowledged requests after the cursor, oldest first. */
    @SuppressWarnings("unchecked")
    public FeedPage page(FeedCursor after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.feed_txid, r.type_code, r.module_id, r.status, r.created_at, r.updated_at,
                       r.estimated_date, m.external_id, ms.external_id, ms.membership_number, r.summary, r.details,
                       r.payload
                from member_request r
                join member m on m.id = r.member_id
                left join membership ms on ms.id = r.membership_id
                where r.for_management and r.acknowledged_at is null
                  and r.feed_txid < txid_snapshot_xmin(txid_current_snapshot())
                  and (r.feed_txid, r.id) > (?1, ?2)
                order by r.feed_txid, r.id
                limit ?3""")
                .setParameter(1, after.txid())
                .setParameter(2, after.id())
                .setParameter(3, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<Long, List<AttachmentLink>> attachments = attachments(page.stream().map(r -> number(r[0])).toList());
        List<FeedItem> items = new ArrayList<>(page.size());
        FeedCursor last = after;
        for (Object[] r : page) {
            long id = number(r[0]);
            String type = (String) r[2];
            items.add(new FeedItem(id, type, typeLabel(type), (String) r[3], (String) r[4], time(r[5]), time(r[6]),
                    r[7] == null ? null : ((Date) r[7]).toLocalDate(), (String) r[8], (String) r[9], (String) r[10],
                    (String) r[11], (String) r[12], json((String) r[13]), attachments.getOrDefault(id, List.of())));
            last = new FeedCursor(number(r[1]), id);
        }
        return new FeedPage(items, last == FeedCursor.START ? null : last.toString(), more);
    }

    /** Marks a request delivered (idempotent: the first acknowledgement's time is kept). */
    @Transactional
    public StatusResult acknowledge(long id) {
        MemberRequestEntity request = managed(id);
        int changed = em.createNativeQuery(
                "update member_request set acknowledged_at = ?1 where id = ?2 and acknowledged_at is null")
                .setParameter(1, clock.now())
                .setParameter(2, id)
                .executeUpdate();
        return new StatusResult(id, request.getStatus().name(), changed > 0);
    }

    /**
     * Moves a request in Suivi the way staff would — through {@link StaffDesk}, so that the same audit lines
     * are written and the same event tells the member — and counts as its acknowledgement. A stage (one its type
     * declares) may come with the status, or alone: it then gives the status. Replaying what the request already
     * shows changes nothing and sends nothing.
     *
     * @throws IllegalStateException when the request is already closed with another status (409)
     * @throws UnknownStage when the stage is not one of the type's, or contradicts the status (400)
     */
    @Transactional
    public StatusResult changeStatus(long id, RequestStatus asked, String stageCode, String reason, String answer) {
        MemberRequestEntity request = managed(id);
        em.createNativeQuery("update member_request set acknowledged_at = ?1 where id = ?2 and acknowledged_at is null")
                .setParameter(1, clock.now())
                .setParameter(2, id)
                .executeUpdate();
        RequestStatus status = asked;
        if (stageCode != null) {
            RequestStage stage = registry.requestType(request.getTypeCode()).flatMap(t -> t.type().stage(stageCode))
                    .orElseThrow(() -> new UnknownStage(stageCode));
            if (status != null && status != stage.status()) {
                throw new UnknownStage(stageCode);
            }
            status = stage.status();
        }
        RequestStatus current = request.getStatus();
        boolean stageChanges = stageCode != null
                && !(stageCode.equals(request.getStage()) && java.util.Objects.equals(reason, request.getStageReason()));
        if (current == status && !stageChanges) {
            return new StatusResult(id, status.name(), false);
        }
        if (!current.isOpen()) {
            throw new IllegalStateException("Request " + id + " is already " + current);
        }
        if (stageChanges) {
            request.changeStage(stageCode, reason, clock.now());
            audit.record(CoreAudit.REQUEST_STAGE, "request:" + id, stageCode);
        }
        if (current == status) {
            changes.fire(new RequestStatusChanged(id, status, stageCode));
            return new StatusResult(id, status.name(), true);
        }
        switch (status) {
            case IN_PROGRESS -> {
                desk.take(id);
                if (stageChanges) {
                    // Taking alone tells the member nothing (as when staff take it); a stage does.
                    changes.fire(new RequestStatusChanged(id, status, request.getStage()));
                }
            }
            case DONE -> {
                if (answer == null) {
                    desk.close(id, RequestStatus.DONE);
                } else {
                    desk.answer(id, answer);
                }
            }
            case CANCELLED -> desk.close(id, RequestStatus.CANCELLED);
            default -> throw new IllegalArgumentException("A request cannot go back to " + status);
        }
        return new StatusResult(id, status.name(), true);
    }

    /** A stage its request's type does not declare, or one whose status is not the one sent with it. */
    public static class UnknownStage extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String stage;

        UnknownStage(String stage) {
            super("Unknown stage " + stage);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }
    }

    /**
     * An attachment of a request of the feed, content included. The read is audited by the desk, in this
     * transaction: an attachment of another request is a 404 that leaves no audit line.
     */
    @Transactional
    public RequestAttachmentEntity attachment(long requestId, long attachmentId) {
        managed(requestId);
        RequestAttachmentEntity attachment = desk.attachment(attachmentId);
        if (!attachment.getRequestId().equals(requestId)) {
            throw new NotFoundException();
        }
        attachment.getContent(); // loaded while the transaction is open
        return attachment;
    }

    /** A request the management system may see: one for it (a message to staff is not its business). */
    private MemberRequestEntity managed(long id) {
        MemberRequestEntity request = desk.find(id);
        if (!request.isForManagement()) {
            throw new NotFoundException();
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<AttachmentLink>> attachments(List<Long> requestIds) {
        Map<Long, List<AttachmentLink>> links = new HashMap<>();
        if (requestIds.isEmpty()) {
            return links;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select id, request_id, file_name, content_type, size_bytes from member_request_attachment
                where request_id = any(?1) order by id""")
                .setParameter(1, requestIds.toArray(Long[]::new))
                .getResultList();
        for (Object[] r : rows) {
            long id = number(r[0]);
            long requestId = number(r[1]);
            links.computeIfAbsent(requestId, k -> new ArrayList<>()).add(new AttachmentLink(id, (String) r[2],
                    (String) r[3], number(r[4]), "/api/v1/requests/" + requestId + "/attachments/" + id));
        }
        return links;
    }

    private String typeLabel(String code) {
        return registry.requestType(code).map(t -> registry.label(t.module(), t.type().labelKey())).orElse(code);
    }

    private static JsonValue json(String payload) {
        if (payload == null || payload.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readValue();
        } catch (JsonException e) {
            return Json.createValue(payload);
        }
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return value == null ? null : ((Timestamp) value).toInstant().atZone(PortalClock.PARIS).toOffsetDateTime();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
