package org.mutualportal.core.security.oidc.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
 *
 * <p>Whatever that setting, an account linked to the person at a staff provider signs in only through it: its roles
 * are re-read from the directory at each such sign-in, so a password (kept from before, or set through "Mot de passe
 * oublié") would let someone removed from the group keep the role. Links to a provider no longer configured do not
 * count, for the same reason as above.
 */
@Named
@ApplicationScoped
public class StaffAccess {

    @Inject
    OidcProviders providers;

    @PersistenceContext(unitName = "core")
    EntityManager em;

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

    /**
     * Why a right password opens nothing for this account, as the audit trail says it: a staff or administrator
     * account while passwords are off, or an account linked at a staff provider; empty when the password opens it.
     */
    public Optional<StaffAudit> passwordRefusal(WebAccount account) {
        if (account.getMemberId() == null && isPasswordOff()) {
            return Optional.of(StaffAudit.LOGIN_REFUSED_STAFF_PASSWORD_OFF);
        }
        List<String> staffProviders = providers.forAudience(OidcSettings.Audience.STAFF).stream().map(OidcSettings::key).toList();
        if (staffProviders.isEmpty()) {
            return Optional.empty();
        }
        long links = em.createQuery("select count(e) from ExternalIdentityEntity e where e.accountId = :account"
                + " and e.provider in :providers", Long.class)
                .setParameter("account", account.getId())
                .setParameter("providers", staffProviders)
                .getSingleResult();
        return links > 0 ? Optional.of(StaffAudit.LOGIN_REFUSED_STAFF_LINKED) : Optional.empty();
    }
}
