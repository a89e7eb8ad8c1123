package org.mutualportal.core.security.oidc.staff;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.core.security.oidc.OidcSettings;

/**
 * How a staff provider's claims read as portal roles and a login ({@code portal.oidc.<key>.roles-claim},
 * {@code staff-values}, {@code admin-values}, {@code login-claim}, {@code trust-login-claim}). The roles claim may be a JSON list (Entra ID's
 * {@code groups} or {@code roles}), one string of values separated by spaces or commas, or a path into nested
 * objects ({@code realm_access.roles} for Keycloak's realm roles); Keycloak's full group paths ({@code /portal-staff})
 * match too.
 *
 * <p>STAFF and ADMIN are mapped independently, as the administrators' page gives them: ADMIN (running the portal) does
 * not imply STAFF (reading members' requests), so that the company's directory decides who reads members' data.
 */
public record StaffClaims(String rolesClaim, Set<String> staffValues, Set<String> adminValues, String loginClaim,
        boolean trustLoginClaim) {

    static final String DEFAULT_ROLES_CLAIM = "groups";
    static final String DEFAULT_STAFF_VALUES = "portal-staff";
    static final String DEFAULT_ADMIN_VALUES = "portal-admin";
    static final String DEFAULT_LOGIN_CLAIM = "email";
    static final String FALLBACK_LOGIN_CLAIM = "preferred_username";

    /** The mapping of a staff provider, from its {@code portal.oidc.<key>.*} values and their defaults. */
    public static StaffClaims of(OidcSettings provider) {
        return new StaffClaims(provider.option("roles-claim").orElse(DEFAULT_ROLES_CLAIM),
                values(provider.option("staff-values").orElse(DEFAULT_STAFF_VALUES)),
                values(provider.option("admin-values").orElse(DEFAULT_ADMIN_VALUES)),
                provider.option("login-claim").orElse(DEFAULT_LOGIN_CLAIM),
                provider.option("trust-login-claim").map(Boolean::parseBoolean).orElse(false));
    }

    /** The portal roles the claims give: STAFF, ADMIN, both or none. */
    public Set<String> roles(JWTClaimsSet claims) {
        Set<String> held = new LinkedHashSet<>();
        for (String value : claimValues(claims, rolesClaim)) {
            held.add(value);
            if (value.startsWith("/")) {
                held.add(value.substring(1));
            }
        }
        Set<String> roles = new TreeSet<>();
        if (held.stream().anyMatch(staffValues::contains)) {
            roles.add(Roles.STAFF);
        }
        if (held.stream().anyMatch(adminValues::contains)) {
            roles.add(Roles.ADMIN);
        }
        return roles;
    }

    /**
     * The account's login: the configured claim ({@code email}), else {@code preferred_username} (Entra ID's user
     * principal name), when it looks like an e-mail address, lower-cased.
     */
    public Optional<String> login(JWTClaimsSet claims) {
        return loginFrom(claims, loginClaim).or(() -> loginFrom(claims, FALLBACK_LOGIN_CLAIM));
    }

    /**
     * Whether this login ({@link #login}) may take over an existing account: the provider vouches for it as the
     * person's address ({@code email_verified} true, and the login is the {@code email} claim — a verified address
     * says nothing of another claim such as {@code preferred_username}), or the mutual trusts the login claim
     * ({@code trust-login-claim}: Entra ID, which sends no {@code email_verified}, its addresses and user principal
     * names being the tenant's own). Otherwise anyone able to put the address in their profile at the provider could
     * open the staff account that has it.
     */
    public boolean loginVerified(JWTClaimsSet claims, String login) {
        if (trustLoginClaim) {
            return true;
        }
        Object verified = claims.getClaim("email_verified");
        return (Boolean.TRUE.equals(verified) || "true".equals(verified))
                && loginFrom(claims, DEFAULT_LOGIN_CLAIM).filter(login::equals).isPresent();
    }

    private static Optional<String> loginFrom(JWTClaimsSet claims, String name) {
        Object value = claim(claims, name);
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String login = text.strip().toLowerCase(Locale.ROOT);
        int at = login.indexOf('@');
        return at > 0 && at < login.length() - 1 && login.length() <= WebAccount.LOGIN_LENGTH && !login.contains(" ")
                ? Optional.of(login) : Optional.empty();
    }

    /** The strings of a claim: a list's items, or a string's words separated by spaces or commas. */
    static List<String> claimValues(JWTClaimsSet claims, String name) {
        Object value = claim(claims, name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.stream().filter(String.class::isInstance).map(String.class::cast).map(String::strip)
                    .filter(v -> !v.isEmpty()).forEach(values::add);
        } else if (value instanceof String text) {
            for (String word : text.split("[\\s,]+")) {
                if (!word.isEmpty()) {
                    values.add(word);
                }
            }
        }
        return values;
    }

    /** A claim by name, or by a dotted path into nested objects when no claim has the whole name. */
    private static Object claim(JWTClaimsSet claims, String name) {
        Object whole = claims.getClaim(name);
        if (whole != null || !name.contains(".")) {
            return whole;
        }
        Object current = claims.getClaims();
        for (String part : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(part);
        }
        return current;
    }

    private static Set<String> values(String list) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : list.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return Set.copyOf(values);
    }
}
