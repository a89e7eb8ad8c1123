package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.mail.MailOutbox;
import org.mutualportal.core.member.MemberEntity;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.shell.MutualSettings;
import org.mutualportal.spi.Placement;

/**
 * "Nouvelle connexion à votre espace": the e-mail an account's owner gets when it is signed in from a browser it
 * never used without a code being asked ({@code portal.login.new-browser-mail}). The very first sign-in of an
 * account sends none: there is no other browser to compare with. It names the moment and the kind of browser —
 * never the address it came from — and leads to "Mon compte", where the password is changed.
 */
@ApplicationScoped
public class NewBrowserNotice {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    PortalClock clock;

    @Inject
    ModuleRegistry modules;

    @Inject
    MutualSettings settings;

    @Inject
    @ConfigProperty(name = "portal.login.new-browser-mail", defaultValue = "true")
    boolean enabled;

    /** Queues the e-mail, in the caller's transaction, unless this is the account's first sign-in. */
    void signedInFromNewBrowser(WebAccountEntity account, HttpServletRequest request) {
        if (!enabled || account.getLastLoginAt() == null) {
            return;
        }
        MemberEntity member = account.getMemberId() == null ? null : em.find(MemberEntity.class, account.getMemberId());
        // The first "Mon compte" entry of the enabled modules, where a member changes the password; the sign-in
        // page when no module offers one.
        String accountPage = modules.menu(Placement.ACCOUNT, path -> true).stream().findFirst()
                .map(link -> settings.link(link.path())).orElse(settings.link("/login.xhtml"));
        outbox.queue(account.getLogin(), "core/new-browser", Map.of(
                "firstName", member == null ? "" : member.getFirstName(),
                "when", FrenchFormats.dateTime(clock.now()),
                "browser", describe(request.getHeader("User-Agent")),
                "accountUrl", accountPage));
    }

    /** "Firefox sur Windows": enough for a member to recognise their own browser, no finer. */
    static String describe(String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        String browser = agent.contains("edg/") ? "Edge"
                : agent.contains("opr/") || agent.contains("opera") ? "Opera"
                : agent.contains("firefox/") || agent.contains("fxios/") ? "Firefox"
                : agent.contains("chrome/") || agent.contains("crios/") || agent.contains("chromium/") ? "Chrome"
                : agent.contains("safari/") ? "Safari"
                : "un navigateur";
        String system = agent.contains("android") ? "Android"
                : agent.contains("iphone") || agent.contains("ipad") ? "iOS"
                : agent.contains("windows") ? "Windows"
                : agent.contains("mac os") || agent.contains("macintosh") ? "macOS"
                : agent.contains("cros") ? "ChromeOS"
                : agent.contains("linux") ? "Linux"
                : null;
        return system == null ? browser : browser + " sur " + system;
    }
}
