package org.mutualportal.core.exchange;

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
import org.mutualportal.core.requests.UnknownStage;
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
            items.add(new FeedItem(id, type, registry.requestTypeLabel(type), (String) r[3], (String) r[4], time(r[5]),
                    time(r[6]), r[7] == null ? null : ((Date) r[7]).toLocalDate(), (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], json((String) r[13]),
                    attachments.getOrDefault(id, List.of())));
            last = new FeedCursor(number(r[1]), id);
        }
        return new FeedPage(items, last == FeedCursor.START ? null : last.toString(), more);
    }

    /** Marks a request delivered (idempotent: the first acknowledgement's time is kept). */
    @Transactional
    public StatusResult acknowledge(long id) {
        MemberRequestEntity request = desk.forManagement(id);
        return new StatusResult(id, request.getStatus().name(), desk.markDelivered(id));
    }

    /**
     * Moves a request in Suivi the way staff would ({@link StaffDesk#report}), and counts as its acknowledgement.
     *
     * @throws IllegalStateException when the request is already closed with another status (409)
     * @throws UnknownStage when the stage is not one of the type's, or contradicts the status (400)
     */
    @Transactional
    public StatusResult changeStatus(long id, RequestStatus status, String stageCode, String reason, String answer) {
        boolean changed = desk.report(id, status, stageCode, reason, answer);
        return new StatusResult(id, desk.find(id).getStatus().name(), changed);
    }

    /**
     * An attachment of a request of the feed, content included. The read is audited by the desk, in this
     * transaction: an attachment of another request is a 404 that leaves no audit line.
     */
    @Transactional
    public RequestAttachmentEntity attachment(long requestId, long attachmentId) {
        desk.forManagement(requestId);
        RequestAttachmentEntity attachment = desk.attachment(attachmentId);
        if (!attachment.getRequestId().equals(requestId)) {
            throw new NotFoundException();
        }
        attachment.getContent(); // loaded while the transaction is open
        return attachment;
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
