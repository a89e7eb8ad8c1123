package org.mutualportal.core.address;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as identifiers and contact points: a sane syntax check, stored trimmed and in lower case. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.strip().length() <= 254 && SHAPE.matcher(address.strip()).matches();
    }

    public static String normalize(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
