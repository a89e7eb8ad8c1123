package org.mutualportal.api.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail addresses as identifiers and contact points: a sane syntax check, stored trimmed and in lower case.
 * The {@link EmailAddress} constraint uses the same check.
 *
 * @since 1.0
 */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    /**
     * Whether the text is an address the portal accepts: one {@code @}, a dotted domain, 254 characters at most.
     *
     * @param address as typed; may be {@code null}
     * @return {@code true} when acceptable
     */
    public static boolean isValid(String address) {
        return address != null && address.strip().length() <= 254 && SHAPE.matcher(address.strip()).matches();
    }

    /**
     * The stored form: trimmed, in lower case.
     *
     * @param address as typed; may be {@code null}
     * @return the normalized address, or {@code null}
     */
    public static String normalize(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
