package org.mutualportal.account.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.time.PortalClock;

/**
 * Counts registration mismatches per member number (hashed: the audit trail does not list card numbers)
 * over the last 24 hours, in the audit trail every instance shares.
 */
@ApplicationScoped
public class RegistrationAttempts {

    static final String MISMATCH = "REGISTRATION_MISMATCH";

    @PersistenceContext(unitName = "core")
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
                select count(e) from AuditEvent e where e.action = :action and e.target = :target and e.occurredAt > :since""",
                Long.class)
                .setParameter("action", MISMATCH)
                .setParameter("target", target(membershipNumber))
                .setParameter("since", clock.now().minusHours(24))
                .getSingleResult();
        return count >= maxMismatches;
    }

    void mismatch(String membershipNumber, String remoteAddress) {
        audit.recordAlone("anonymous", MISMATCH, target(membershipNumber), null, remoteAddress);
    }

    private static String target(String membershipNumber) {
        String cleaned = membershipNumber == null ? "" : membershipNumber.replaceAll("\\s+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("membership:" + cleaned).getBytes(StandardCharsets.UTF_8));
            return "card:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
