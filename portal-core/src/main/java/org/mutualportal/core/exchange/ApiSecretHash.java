package org.mutualportal.core.exchange;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Prints the PBKDF2 hash of an API client's secret for {@code portal.api.clients}, in the format the portal's
 * {@code PasswordHasher} verifies (PBKDF2-HMAC-SHA256, 600 000 iterations, 16-byte salt, 32-byte key). The
 * secret is read from the console or standard input, never from the command line (shell history).
 *
 * <h2>Usage</h2>
 * <pre>
 * java -cp portal-core.jar org.mutualportal.core.exchange.ApiSecretHash   (then type the secret)
 * </pre>
 */
public final class ApiSecretHash {

    static final int ITERATIONS = 600_000;

    private ApiSecretHash() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        char[] secret;
        Console console = System.console();
        if (console != null) {
            secret = console.readPassword("Secret: ");
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            secret = line == null ? new char[0] : line.strip().toCharArray();
        }
        if (secret.length < 16) {
            System.err.println("A secret of at least 16 characters is expected.");
            System.exit(1);
        }
        System.out.println(hash(secret, ITERATIONS));
    }

    /** The hash of a secret, {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<key>} in Base64. */
    public static String hash(char[] secret, int iterations) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(secret, salt, iterations, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
