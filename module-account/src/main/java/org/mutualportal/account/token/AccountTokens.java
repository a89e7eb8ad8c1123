package org.mutualportal.account.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.mutualportal.account.token.AccountToken.Purpose;
import org.mutualportal.api.time.PortalClock;

/**
 * Issues and redeems the single-use links of the account module. Issuing a token voids the account's
 * earlier unused tokens of the same purpose, so only the last link sent works.
 */
@ApplicationScoped
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "account")
    EntityManager em;

    @Inject
    PortalClock clock;

    /** What a link turned out to be. */
    public enum State {
        VALID, EXPIRED, USED, UNKNOWN
    }

    /** A token looked up, with its state; {@code token} is empty when unknown. */
    public record Lookup(State state, Optional<AccountToken> token) {
    }

    /** Creates a token and returns its clear value, to be put in a link and never stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long accountId, Purpose purpose, Duration validity, String newAddress) {
        return issue(accountId, purpose, validity, newAddress, null);
    }

    /** Creates a token for a change from {@code previousAddress} to {@code newAddress}; returns its clear value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long accountId, Purpose purpose, Duration validity, String newAddress, String previousAddress) {
        revoke(accountId, purpose);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new AccountToken(accountId, purpose, hash(token), newAddress, previousAddress, clock.now(),
                clock.now().plus(validity)));
        return token;
    }

    /** Voids the account's unused tokens of a purpose: their links answer "already used" from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(long accountId, Purpose purpose) {
        em.createQuery("""
                update AccountToken t set t.usedAt = :now
                where t.accountId = :account and t.purpose = :purpose and t.usedAt is null""")
                .setParameter("now", clock.now())
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** The account's last token of a purpose that is neither used nor expired: a change still waiting. */
    public Optional<AccountToken> pending(long accountId, Purpose purpose) {
        return em.createQuery("""
                select t from AccountToken t
                where t.accountId = :account and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now
                order by t.id desc""", AccountToken.class)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .setParameter("now", clock.now())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Lookup lookup(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Lookup(State.UNKNOWN, Optional.empty());
        }
        Optional<AccountToken> found = em.createQuery(
                "select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", hash(token))
                .setParameter("purpose", purpose)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Lookup(State.UNKNOWN, found);
        }
        AccountToken t = found.get();
        State state = t.isUsed() ? State.USED : t.isExpired(clock.now()) ? State.EXPIRED : State.VALID;
        return new Lookup(state, found);
    }

    /** Redeems a valid token (once): the account it opens, or the state that refused it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lookup redeem(String token, Purpose purpose) {
        Lookup lookup = lookup(token, purpose);
        if (lookup.state() == State.VALID) {
            AccountToken managed = em.merge(lookup.token().get());
            managed.use(clock.now());
            return new Lookup(State.VALID, Optional.of(managed));
        }
        return lookup;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
