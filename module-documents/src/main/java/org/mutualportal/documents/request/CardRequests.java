package org.mutualportal.documents.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.ContractState;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;

/**
 * "Demander une nouvelle carte d'adhérent": a request for the management system (it shows in Suivi), sent
 * to the postal address the mutual holds, confirmed by e-mail. One pending request at a time — a second
 * one would only print a second card — and only for an open contract, since a card exists only for one.
 * Not a change of the contract, so collective contracts are not sent to their employer.
 */
@ApplicationScoped
public class CardRequests {

    /**
     * First half of the advisory lock's key, the second being the member: {@code 0x1A9} marks the portal's locks
     * (the core's imports take {@code 0x1A9_0001}) and {@code 0D0C} this one, so that it meets neither another
     * lock of the portal nor, by chance, one of another application on the same database.
     */
    private static final int LOCK_CLASS = 0x1A9_0D0C;

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests requests;

    @Inject
    Outbox outbox;

    /** The member's request still open, if any. */
    public Optional<MemberRequest> pending() {
        return requests.openOfType(DocumentsModule.CARD_REQUEST);
    }

    /** Why no request can be made now (a key of the bundle), if it cannot. */
    public Optional<String> problem() {
        if (memberContext.membership().getState() != ContractState.OPEN) {
            return Optional.of("newCard.unavailable.state");
        }
        if (!hasAddress(memberContext.member().getAddress())) {
            return Optional.of("newCard.noAddress");
        }
        if (pending().isPresent()) {
            return Optional.of("newCard.pending.exists");
        }
        return Optional.empty();
    }

    /**
     * Records the request and queues its confirmation.
     *
     * @throws CardRequestRefused when {@link #problem()} has a reason to refuse it
     */
    @Transactional
    public MemberRequest request(CardRequestReason reason) {
        // Two submissions at once (double click, two tabs) must not both pass the "one pending" check. A lock on
        // a row would be one of the core's tables, which a module does not touch; this lock is held until commit,
        // so the second submission waits for the first's request to be committed, and its check (a statement
        // run after the wait, hence with a new snapshot under READ COMMITTED) finds it pending.
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_CLASS)
                .setParameter(2, Long.hashCode(memberContext.memberId()))
                .getResultList();
        problem().ifPresent(p -> {
            throw new CardRequestRefused(p);
        });
        Member member = memberContext.member();
        Membership membership = memberContext.membership();
        PostalAddress address = member.getAddress();
        String reasonLabel = Texts.of(DocumentsModule.BUNDLE, "newCard.reason." + reason.name());
        JsonObjectBuilder delivery = Json.createObjectBuilder();
        add(delivery, "line1", address.getLine1());
        add(delivery, "line2", address.getLine2());
        add(delivery, "postcode", address.getPostcode());
        add(delivery, "city", address.getCity());
        add(delivery, "country", address.getCountry());
        MemberRequest request = requests.submit(new RequestDraft(DocumentsModule.CARD_REQUEST,
                Texts.of(DocumentsModule.BUNDLE, "request.card.summary", reasonLabel, membership.getMembershipNumber()),
                Texts.of(DocumentsModule.BUNDLE, "request.card.details", reasonLabel, address.getOneLine()),
                Json.createObjectBuilder().add("reason", reason.name())
                        .add("membershipNumber", membership.getMembershipNumber())
                        .add("address", delivery).build().toString()));
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "documents/card-request", Map.of("firstName", member.getFirstName(),
                    "reason", reasonLabel, "membershipNumber", membership.getMembershipNumber()));
        }
        return request;
    }

    static boolean hasAddress(PostalAddress address) {
        return address != null && notBlank(address.getLine1()) && notBlank(address.getPostcode()) && notBlank(address.getCity());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void add(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
