package org.mutualportal.core.security;

import org.mutualportal.core.audit.CoreAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.mail.MailOutbox;
import org.mutualportal.api.time.PortalClock;

/**
 * The browsers an account signs in from, and the one-time code sent by e-mail when it signs in from one it never
 * used: always for staff and administrators ({@code portal.login.otp.roles}, add MEMBER to ask it of members
 * too), and for everybody when recent failures make the sign-in risky ({@link SignInRisk}). A browser that
 * signed in gets a long-lived, HttpOnly cookie; the database keeps only its hash.
 */
@ApplicationScoped
public class SecondFactor {

    static final String DEVICE_COOKIE = "portal_device";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    SignInRisk risk;

    @Inject
    NewBrowserNotice notice;

    @Inject
    @ConfigProperty(name = "portal.login.otp.roles", defaultValue = "STAFF,ADMIN")
    List<String> rolesRequiringCode;

    @Inject
    @ConfigProperty(name = "portal.login.otp.minutes", defaultValue = "10")
    int validityMinutes;

    @Inject
    @ConfigProperty(name = "portal.login.otp.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "portal.login.device-days", defaultValue = "365")
    int deviceDays;

    @Inject
    @ConfigProperty(name = "portal.session.secure-cookie", defaultValue = "false")
    boolean secureCookie;

    /** What a right password from this browser leads to. */
    public enum BrowserCheck {
        /** The account signed in from this browser before. */
        KNOWN,
        /** A browser new to the account, trusted without a code (its owner is told by e-mail). */
        NEW,
        /** A browser new to the account that must confirm with the e-mailed code. */
        CODE_REQUIRED
    }

    /**
     * Whether this browser is known to the account and, if not, whether the sign-in must pass a code: one of the
     * account's roles always asks for it ({@code portal.login.otp.roles}), or recent failures make the sign-in
     * risky ({@link SignInRisk}).
     */
    @Transactional
    public BrowserCheck check(long accountId, Set<String> roles, HttpServletRequest request) {
        Optional<KnownDevice> device = deviceCookie(request).flatMap(token -> em.createQuery(
                "select d from KnownDevice d where d.accountId = :account and d.deviceHash = :hash", KnownDevice.class)
                .setParameter("account", accountId)
                .setParameter("hash", sha256(token))
                .getResultStream().findFirst());
        if (device.isPresent()) {
            device.get().seen(clock.now());
            return BrowserCheck.KNOWN;
        }
        return rolesRequiringCode.stream().anyMatch(roles::contains) || risk.asksForCode(accountId)
                ? BrowserCheck.CODE_REQUIRED : BrowserCheck.NEW;
    }

    /** Sends a fresh code to the account's address and keeps the sign-in pending in the session. */
    @Transactional
    public void challenge(HttpServletRequest request, long accountId, Long memberId, Set<String> roles) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String salt = randomToken(16);
        WebAccountEntity account = em.find(WebAccountEntity.class, accountId);
        request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, new PendingSignIn(accountId, memberId, roles,
                sha256(salt + ":" + code), salt, clock.instant().plusSeconds(validityMinutes * 60L).getEpochSecond(),
                attempts));
        outbox.queue(account.getLogin(), "core/sign-in-code", Map.of("code", code,
                "minutes", Integer.toString(validityMinutes)));
        audit.recordAs("account:" + accountId, CoreAudit.SIGN_IN_CODE_SENT, "account:" + accountId, null);
    }

    public boolean isPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PendingSignIn.SESSION_KEY) != null;
    }

    /** The pending sign-in if the code is right and still valid; counts a wrong code. */
    Optional<PendingSignIn> verify(HttpServletRequest request, String code) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
        if (pending == null) {
            return Optional.empty();
        }
        if (pending.attemptsLeft() <= 0 || clock.instant().getEpochSecond() > pending.expiresAtEpochSecond()) {
            session.removeAttribute(PendingSignIn.SESSION_KEY);
            audit.recordAloneAs("account:" + pending.accountId(), CoreAudit.SIGN_IN_CODE_EXPIRED, "account:" + pending.accountId(), null);
            return Optional.empty();
        }
        String typed = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(sha256(pending.salt() + ":" + typed).getBytes(StandardCharsets.US_ASCII),
                pending.codeHash().getBytes(StandardCharsets.US_ASCII))) {
            session.setAttribute(PendingSignIn.SESSION_KEY, pending.withOneAttemptLess());
            audit.recordAloneAs("account:" + pending.accountId(), CoreAudit.SIGN_IN_CODE_FAILED, "account:" + pending.accountId(), null);
            return Optional.empty();
        }
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        return Optional.of(pending);
    }

    /**
     * Remembers this browser for the account. A browser already known to another account (a family's shared
     * computer) keeps its cookie, so that it stays known to both. Without a code, the owner is told by e-mail.
     */
    @Transactional
    public void rememberDevice(long accountId, boolean confirmedByCode, HttpServletRequest request,
            HttpServletResponse response) {
        String token = deviceCookie(request).filter(value -> value.length() <= 64).orElseGet(() -> randomToken(32));
        em.persist(new KnownDevice(accountId, sha256(token), clock.now()));
        Cookie cookie = new Cookie(DEVICE_COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookie);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(deviceDays * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        audit.recordAs("account:" + accountId, CoreAudit.NEW_DEVICE, "account:" + accountId,
                confirmedByCode ? "code" : "without-code");
        if (!confirmedByCode) {
            notice.signedInFromNewBrowser(em.find(WebAccountEntity.class, accountId), request);
        }
    }

    private static Optional<String> deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
