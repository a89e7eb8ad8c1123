package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of verification codes: {@code portal.documents.signing-key} when the mutual configures one (to
 * share it with another system that checks codes, or to keep it in a vault), otherwise a random secret the
 * module stores in its table at first use — so that an attestation issued before a restart, or by another
 * instance, still verifies. Changing the configured key makes earlier attestations unverifiable: the
 * staff page then says so rather than accepting them.
 */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "portal.documents.signing-key")
    Optional<String> configured;

    @Inject
    SigningSecrets secrets;

    private volatile byte[] key;

    public byte[] key() {
        byte[] current = key;
        if (current == null) {
            if (configured.isPresent() && !configured.get().isBlank()) {
                current = configured.get().getBytes(StandardCharsets.UTF_8);
                if (current.length < MIN_LENGTH) {
                    LOG.warning(() -> "portal.documents.signing-key is shorter than " + MIN_LENGTH
                            + " characters: verification codes are only as strong as this key");
                }
            } else {
                current = secrets.loadOrCreate();
            }
            key = current;
        }
        return current;
    }
}
