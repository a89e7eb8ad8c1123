package org.mutualportal.core.security.oidc.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.core.security.oidc.OidcProviders;
import org.mutualportal.core.security.oidc.OidcSettings;

/**
 * How staff and administrators sign in: through the company's provider ({@code portal.oidc.<key>.audience=staff},
 * the first by key when several are), and whether their password (and its e-mailed code) still works
 * ({@code portal.login.staff-password}, true by default). The password is switched off only when a staff provider is
 * configured, so that a mistaken setting never leaves the staff without a way in; members' passwords are not
 * concerned. The login page reads it as {@code staffAccess}.
 */
@Named
@ApplicationScoped
public class StaffAccess {

    @Inject
    OidcProviders providers;

    @Inject
    @ConfigProperty(name = "portal.login.staff-password", defaultValue = "true")
    boolean staffPassword;

    /** The staff's provider, if the mutual configured one. */
    public Optional<OidcSettings> provider() {
        return providers.forAudience(OidcSettings.Audience.STAFF).stream().findFirst();
    }

    /** Where "Espace collaborateurs" starts (context-relative), or {@code null} without a staff provider. */
    public String getStartPath() {
        return provider().map(OidcSettings::startPath).orElse(null);
    }

    /** Whether staff and administrators may sign in only through the provider. */
    public boolean isPasswordOff() {
        return !staffPassword && provider().isPresent();
    }

    /** Whether a right password opens nothing for this account: a staff or administrator account while passwords are off. */
    public boolean refusesPassword(WebAccount account) {
        return account.getMemberId() == null && isPasswordOff();
    }
}
