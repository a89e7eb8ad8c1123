package org.mutualportal.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Hashes and verifies passwords with PBKDF2, set explicitly to OWASP's current figures
 * (PBKDF2-HMAC-SHA256, 600 000 iterations, 16-byte salt, 32-byte key): the API's defaults (2 048
 * iterations) are far too weak.
 *
 * <p>A stored hash carries its own algorithm and iteration count, so raising
 * {@code portal.password.hash.iterations} leaves existing hashes valid; {@link #needsRehash} tells the login
 * to store a stronger one the next time the password is known.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.hash.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    MetricRegistry metrics;

    /** A hash of a random password, verified when an identifier is unknown so that the answer takes as long. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        computed("hash");
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        if (WebAccountEntity.NO_PASSWORD.equals(storedHash)) {
            // An account without a password answers after the same work as any other: no timing tells it apart.
            verifyDecoy(password);
            return false;
        }
        computed("verify");
        try {
            return pbkdf2.verify(password, storedHash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification, for identifiers that match no account. */
    public void verifyDecoy(char[] password) {
        computed("decoy");
        pbkdf2.verify(password, decoy);
    }

    /**
     * PBKDF2 computations by kind ({@code portal_password_computations_total{kind=hash|verify|decoy}}): what the
     * CPU spends on passwords, and what a source refused before any verification did not cost.
     */
    private void computed(String kind) {
        metrics.counter("portal.password.computations", new Tag("kind", kind)).inc();
    }

    /** Whether the stored hash is weaker than the configured parameters. */
    public boolean needsRehash(String storedHash) {
        String[] parts = storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    public int iterations() {
        return iterations;
    }
}
