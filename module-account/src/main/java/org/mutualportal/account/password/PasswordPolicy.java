package org.mutualportal.account.password;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The password rules of the mutual's guide — at least 10 characters with a lower-case letter, an upper-case
 * letter, a digit and a special character — configurable ({@code portal.password.*}), plus what the guide
 * does not say but a production portal must: no common password (a list of about 49 000 shipped with the
 * module, French ones included, also with digits or symbols added around them), nothing built on the
 * member's own name or e-mail.
 *
 * <p>Dependent-scoped (constructor injection of its settings): {@link NewPassword} holds the one instance.
 *
 * <p>Written by hand rather than with a rule library because French passwords carry accents: "é" is a
 * lower-case letter and "€" a special character, which ASCII-only character classes get wrong.
 */
@Dependent
public class PasswordPolicy {

    /** Why a password is refused; each has a French message {@code password.rule.<name>} in the bundle. */
    public enum Violation {
        TOO_SHORT, TOO_LONG, NO_LOWERCASE, NO_UPPERCASE, NO_DIGIT, NO_SPECIAL, COMMON, PERSONAL
    }

    static final int MAX_LENGTH = 128;

    private final int minLength;
    private final boolean lowercase;
    private final boolean uppercase;
    private final boolean digit;
    private final boolean special;
    private final Set<String> common;

    @Inject
    public PasswordPolicy(
            @ConfigProperty(name = "portal.password.min-length", defaultValue = "10") int minLength,
            @ConfigProperty(name = "portal.password.require-lowercase", defaultValue = "true") boolean lowercase,
            @ConfigProperty(name = "portal.password.require-uppercase", defaultValue = "true") boolean uppercase,
            @ConfigProperty(name = "portal.password.require-digit", defaultValue = "true") boolean digit,
            @ConfigProperty(name = "portal.password.require-special", defaultValue = "true") boolean special) {
        this.minLength = minLength;
        this.lowercase = lowercase;
        this.uppercase = uppercase;
        this.digit = digit;
        this.special = special;
        this.common = loadCommonPasswords();
    }

    /** The policy of the guide, for plain unit tests. */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(10, true, true, true, true);
    }

    /**
     * Every rule the password breaks (empty when it is accepted).
     *
     * @param personal the member's names and e-mail, which the password must not be built on
     */
    public List<Violation> check(String password, List<String> personal) {
        List<Violation> violations = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < minLength) {
            violations.add(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.TOO_LONG);
        }
        if (lowercase && value.codePoints().noneMatch(Character::isLowerCase)) {
            violations.add(Violation.NO_LOWERCASE);
        }
        if (uppercase && value.codePoints().noneMatch(Character::isUpperCase)) {
            violations.add(Violation.NO_UPPERCASE);
        }
        if (digit && value.codePoints().noneMatch(Character::isDigit)) {
            violations.add(Violation.NO_DIGIT);
        }
        if (special && value.codePoints().allMatch(c -> Character.isLetterOrDigit(c))) {
            violations.add(Violation.NO_SPECIAL);
        }
        if (!value.isEmpty() && isCommon(value)) {
            violations.add(Violation.COMMON);
        }
        if (isPersonal(value, personal)) {
            violations.add(Violation.PERSONAL);
        }
        return violations;
    }

    /** "Azerty123!" is "azerty" with decorations: the common word is checked, not only the whole string. */
    boolean isCommon(String password) {
        String lower = fold(password);
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && common.contains(core);
    }

    private static boolean isPersonal(String password, List<String> personal) {
        String folded = fold(password);
        for (String value : personal) {
            if (value == null) {
                continue;
            }
            for (String part : fold(value).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4 && folded.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public int minLength() {
        return minLength;
    }

    public boolean requiresLowercase() {
        return lowercase;
    }

    public boolean requiresUppercase() {
        return uppercase;
    }

    public boolean requiresDigit() {
        return digit;
    }

    public boolean requiresSpecial() {
        return special;
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream("common-passwords.txt.gz");
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    words.add(fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
