package org.mutualportal.core.security;

import org.mutualportal.api.security.Sessions;
import org.mutualportal.api.security.AccountStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.api.time.PortalClock;

/**
 * The life of a signed-in session: it ends at sign-out, after {@code portal.session.idle-minutes} without a
 * request (30), {@code portal.session.max-hours} after sign-in whatever the activity (12), and when the
 * account's credentials change or the account closes (other sessions of a member who reset their password
 * end within {@code portal.session.recheck-seconds}).
 */
@ApplicationScoped
public class SessionPolicy implements Sessions {

    private static final Logger LOG = Logger.getLogger(SessionPolicy.class.getName());

    private static final String CHECKED_AT = "portal.user.checkedAt";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    HttpServletRequest currentRequest;

    @Inject
    @ConfigProperty(name = "portal.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "portal.session.max-hours", defaultValue = "12")
    int maxHours;

    @Inject
    @ConfigProperty(name = "portal.session.recheck-seconds", defaultValue = "30")
    int recheckSeconds;

    /** Stores the signed-in user in the session (whose id the caller has already changed). */
    SignedInUser start(HttpServletRequest request, long accountId, Long memberId, Set<String> roles,
            OffsetDateTime previousSignInAt) {
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(idleMinutes * 60);
        SignedInUser user = new SignedInUser(accountId, memberId, roles, clock.instant(), previousSignInAt);
        session.setAttribute(SignedInUser.SESSION_KEY, user);
        session.setAttribute(CHECKED_AT, user.signedInAt().toEpochMilli());
        return user;
    }

    /** The user of this request's session if the session is still valid; ends it otherwise. */
    SignedInUser currentUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        SignedInUser user = (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        if (user == null) {
            return null;
        }
        Instant now = clock.instant();
        if (user.signedInAt().plus(Duration.ofHours(maxHours)).isBefore(now)) {
            session.invalidate();
            return null;
        }
        Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
        if (checkedAt == null || now.toEpochMilli() - checkedAt > recheckSeconds * 1000L) {
            if (!stillValid(user)) {
                session.invalidate();
                return null;
            }
            session.setAttribute(CHECKED_AT, now.toEpochMilli());
        }
        return user;
    }

    private boolean stillValid(SignedInUser user) {
        List<Object[]> rows = em.createQuery(
                "select a.status, a.sessionsValidAfter from WebAccountEntity a where a.id = :id", Object[].class)
                .setParameter("id", user.accountId())
                .getResultList();
        // Not only ACTIVE: a session opened through an identity provider may be one of an account still waiting
        // for its activation (OidcSignInCompletion); a closed account ends every session.
        if (rows.isEmpty() || rows.get(0)[0] == AccountStatus.CLOSED) {
            return false;
        }
        OffsetDateTime validAfter = (OffsetDateTime) rows.get(0)[1];
        return validAfter == null || !validAfter.toInstant().isAfter(user.signedInAt());
    }

    /**
     * Keeps the current session valid after the account's credentials changed in it (a new password ends
     * the other sessions only), under a new session id.
     */
    public void renew(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        if (user != null) {
            request.changeSessionId();
            start(request, user.accountId(), user.memberId(), user.roles(), user.previousSignInAt());
        }
    }

    @Override
    public void renewCurrent() {
        renew(currentRequest);
    }

    @Override
    public void endCurrent() {
        try {
            currentRequest.logout(); // the mechanism's cleanSubject ends the session
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Sign-out failed; the session is ended anyway", e);
        }
        end(currentRequest);
    }

    /** Ends the session of this request (the authentication mechanism's clean-up when the caller signs out). */
    public void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
