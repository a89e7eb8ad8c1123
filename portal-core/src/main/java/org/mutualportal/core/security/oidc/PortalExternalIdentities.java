package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.security.ExternalIdentities;
import org.mutualportal.api.security.ExternalLink;
import org.mutualportal.api.security.VerifiedIdentity;
import org.mutualportal.api.time.PortalClock;

/**
 * The core's {@link ExternalIdentities}: links in {@code external_identity}, the pending identity in the HTTP
 * session for {@code portal.oidc.pending-minutes} (10).
 */
@ApplicationScoped
public class PortalExternalIdentities implements ExternalIdentities {

    static final String CONTINUE_PATH = "/oidc/continue";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    HttpServletRequest request;

    @Inject
    PortalClock clock;

    @Inject
    OidcProviders providers;

    @Inject
    @ConfigProperty(name = "portal.oidc.pending-minutes", defaultValue = "10")
    int pendingMinutes;

    @Override
    public Optional<VerifiedIdentity> pending() {
        return pendingIn(request).map(PendingIdentity::identity);
    }

    /** The pending identity of this request's session, unless its time is over. */
    Optional<PendingIdentity> pendingIn(HttpServletRequest current) {
        HttpSession session = current.getSession(false);
        if (session == null || !(session.getAttribute(PendingIdentity.SESSION_KEY) instanceof PendingIdentity pending)) {
            return Optional.empty();
        }
        if (clock.instant().getEpochSecond() - pending.createdAtEpochSecond() > pendingMinutes * 60L) {
            session.removeAttribute(PendingIdentity.SESSION_KEY);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void keepPending(HttpServletRequest current, VerifiedSignIn signIn) {
        current.getSession(true).setAttribute(PendingIdentity.SESSION_KEY, new PendingIdentity(signIn.identity(),
                signIn.claims().toString(), signIn.idToken(), clock.instant().getEpochSecond()));
    }

    static void forgetPending(HttpServletRequest current) {
        HttpSession session = current.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingIdentity.SESSION_KEY);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ExternalLink linkPending(long accountId) {
        VerifiedIdentity identity = pending().orElseThrow(() -> new IllegalStateException("No identity is pending"));
        Optional<ExternalIdentityEntity> existing = find(identity.provider(), identity.subject());
        if (existing.isPresent()) {
            if (existing.get().getAccountId() != accountId) {
                throw new IllegalStateException("This identity is linked to another account");
            }
            return link(existing.get());
        }
        // An account has one link per provider: the new one replaces the former (unique (account_id, provider)).
        em.createQuery("delete from ExternalIdentityEntity e where e.accountId = :account and e.provider = :provider")
                .setParameter("account", accountId)
                .setParameter("provider", identity.provider())
                .executeUpdate();
        ExternalIdentityEntity created = new ExternalIdentityEntity(accountId, identity.provider(), identity.subject(), clock.now());
        em.persist(created);
        em.flush();
        return link(created);
    }

    @Override
    public String signInAddress() {
        return CONTINUE_PATH;
    }

    @Override
    public List<ExternalLink> linksOf(long accountId) {
        return em.createQuery("select e from ExternalIdentityEntity e where e.accountId = :account order by e.linkedAt, e.id",
                ExternalIdentityEntity.class)
                .setParameter("account", accountId)
                .getResultStream().map(this::link).toList();
    }

    @Override
    @Transactional
    public boolean unlink(long accountId, long linkId) {
        return em.createQuery("delete from ExternalIdentityEntity e where e.id = :id and e.accountId = :account")
                .setParameter("id", linkId)
                .setParameter("account", accountId)
                .executeUpdate() > 0;
    }

    /** The account linked to this person at this provider. */
    @Transactional
    public Optional<Long> accountLinkedTo(String provider, String subject) {
        return find(provider, subject).map(ExternalIdentityEntity::getAccountId);
    }

    /** Records a sign-in through the link, on its own: the sign-in does not depend on it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void used(String provider, String subject) {
        find(provider, subject).ifPresent(link -> link.used(clock.now()));
    }

    private Optional<ExternalIdentityEntity> find(String provider, String subject) {
        return em.createQuery("select e from ExternalIdentityEntity e where e.provider = :provider and e.subject = :subject",
                ExternalIdentityEntity.class)
                .setParameter("provider", provider)
                .setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    private ExternalLink link(ExternalIdentityEntity entity) {
        String label = providers.byKey(entity.getProvider()).map(OidcSettings::label).orElse(entity.getProvider());
        return new ExternalLink(entity.getId(), entity.getProvider(), label, entity.getLinkedAt(), entity.getLastUsedAt());
    }

    @Override
    public Optional<java.time.Instant> providerSignInAt() {
        return providerSession().map(ProviderSession::signedInAt);
    }

    @Override
    public Optional<String> signInAgainAddress(String next) {
        String back = next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/home.xhtml";
        // reauth: the person authenticates again at the provider, its session there does not answer for them.
        return providerSession().map(session -> "/oidc/" + session.provider() + "/start?reauth=1&next="
                + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The current request's session's provider sign-in, if it was opened through one. */
    private Optional<ProviderSession> providerSession() {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ProviderSession.SESSION_KEY) instanceof ProviderSession signedIn
                ? Optional.of(signedIn) : Optional.empty();
    }
}
