package org.mutualportal.core.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mutualportal.core.security.PasswordHasher;
import org.mutualportal.api.time.PortalClock;

/**
 * The system clients allowed to call the data-exchange API, from configuration:
 * {@code portal.api.clients=gestion:PBKDF2WithHmacSHA256:600000:<salt>:<hash>} (comma-separated for several).
 * Only a PBKDF2 hash of each secret is configured — produced by {@link ApiSecretHash} — so that a leaked
 * configuration file or environment dump does not hand out the API.
 *
 * <p>A verification at 600 000 iterations costs a few hundred milliseconds, and the API is stateless (no
 * session to remember a sign-in). A successful check is therefore remembered for
 * {@code portal.api.credentials-cache-seconds} as a salted SHA-256 of the credentials, in memory only; a wrong
 * secret always pays the full PBKDF2 price, which is also what slows down guessing.
 */
@ApplicationScoped
public class ApiClients {

    private static final Logger LOG = Logger.getLogger(ApiClients.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int MAX_REMEMBERED = 64;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    private Map<String, String> hashes = Map.of();
    private long cacheSeconds;
    private final byte[] pepper = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(byte[] digest, Instant until) {
    }

    @PostConstruct
    void load() {
        var config = ConfigProvider.getConfig();
        cacheSeconds = config.getOptionalValue("portal.api.credentials-cache-seconds", Long.class).orElse(300L);
        new SecureRandom().nextBytes(pepper);
        Map<String, String> configured = new LinkedHashMap<>();
        for (String entry : config.getOptionalValues("portal.api.clients", String.class).orElse(List.of())) {
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry.strip() : entry.substring(0, colon).strip();
            String hash = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches() || hash.split(":").length != 4) {
                // Never log the entry itself: it may be a secret pasted in clear by mistake.
                LOG.warning(() -> "portal.api.clients: ignored an entry that is not <name>:<PBKDF2 hash> (client '"
                        + (NAME.matcher(name).matches() ? name : "?") + "')");
                continue;
            }
            configured.put(name, hash);
        }
        hashes = Map.copyOf(configured);
        LOG.info(() -> "Data-exchange API clients: "
                + (hashes.isEmpty() ? "none (the API refuses every call)" : hashes.keySet()));
    }

    /** The client's name when the secret is right. */
    public Optional<String> authenticate(String name, String secret) {
        String hash = hashes.get(name);
        if (hash == null) {
            hasher.verifyDecoy(secret.toCharArray());
            return Optional.empty();
        }
        byte[] digest = digest(name, secret);
        Remembered known = remembered.get(name);
        Instant now = clock.instant();
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.of(name);
        }
        if (!hasher.verify(secret.toCharArray(), hash)) {
            return Optional.empty();
        }
        if (remembered.size() < MAX_REMEMBERED || remembered.containsKey(name)) {
            remembered.put(name, new Remembered(digest, now.plusSeconds(cacheSeconds)));
        }
        return Optional.of(name);
    }

    private byte[] digest(String name, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update((name + '\u0000' + secret).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
