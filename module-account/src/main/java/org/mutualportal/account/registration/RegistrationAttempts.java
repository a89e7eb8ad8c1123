package org.mutualportal.account.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.account.AccountAudit;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.time.PortalClock;

/**
 * Counts registration mismatches per member number (hashed: neither the audit trail nor the module's table
 * lists card numbers) over the last 24 hours, in the module's table every instance shares. Each mismatch is
 * also audited, for the administrators.
 */
@ApplicationScoped
public class RegistrationAttempts {

    private static final long WINDOW_HOURS = 24;

    @PersistenceContext(unitName = "account")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.account.registration.max-mismatches", defaultValue = "5")
    int maxMismatches;

    boolean tooMany(String membershipNumber) {
        Long count = em.createQuery("""
                select count(m) from RegistrationMismatch m where m.card = :card and m.occurredAt > :since""", Long.class)
                .setParameter("card", card(membershipNumber))
                .setParameter("since", clock.now().minusHours(WINDOW_HOURS))
                .getSingleResult();
        return count >= maxMismatches;
    }

    /**
     * Counts a mismatch in the caller's transaction (the registration's, which commits with its answer), and
     * forgets this card's mismatches older than the window.
     */
    void mismatch(String membershipNumber) {
        String card = card(membershipNumber);
        OffsetDateTime now = clock.now();
        em.createQuery("delete from RegistrationMismatch m where m.card = :card and m.occurredAt <= :before")
                .setParameter("card", card)
                .setParameter("before", now.minusHours(WINDOW_HOURS))
                .executeUpdate();
        em.persist(new RegistrationMismatch(card, now));
        audit.recordAlone(AccountAudit.REGISTRATION_MISMATCH, card, null);
    }

    /** The reference of a member number: a truncated SHA-256, the same the audit trail has always used. */
    static String card(String membershipNumber) {
        String cleaned = membershipNumber == null ? "" : membershipNumber.replaceAll("\\s+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("membership:" + cleaned).getBytes(StandardCharsets.UTF_8));
            return "card:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
