package org.mutualportal.core.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.core.security.WebAccountEntity;

/**
 * Translates between the audit trail's references to accounts ({@code account:<id>}, stable across changes
 * of e-mail and free of personal data in logs) and the logins administrators know.
 *
 * <p>A page shows many references at once: they are resolved in one query per page, never one per row.
 */
@ApplicationScoped
public class ActorNames {

    static final String ACCOUNT_PREFIX = "account:";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The logins of the accounts among these references, keyed by reference; other references are left out. */
    public Map<String, String> loginsOf(Collection<String> references) {
        List<Long> ids = references.stream().filter(Objects::nonNull).map(ActorNames::accountId)
                .filter(Objects::nonNull).distinct().toList();
        Map<String, String> logins = new HashMap<>();
        if (ids.isEmpty()) {
            return logins;
        }
        em.createQuery("select a.id, a.login from WebAccountEntity a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> logins.put(ACCOUNT_PREFIX + row[0], (String) row[1]));
        return logins;
    }

    /**
     * What an administrator typed to name an actor or a target, as the trail stores it: a login becomes its
     * account's reference; anything else ({@code account:12}, {@code system}, {@code module:faq}) is kept.
     */
    public String reference(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        if (value.contains("@") && !value.contains(":")) {
            String login = WebAccountEntity.normalizeLogin(value);
            return em.createQuery("select a.id from WebAccountEntity a where a.login = :login", Long.class)
                    .setParameter("login", login)
                    .getResultStream().findFirst()
                    .map(id -> ACCOUNT_PREFIX + id)
                    .orElse(login);
        }
        return value;
    }

    /** The account id of a reference {@code account:<id>}, or {@code null}. */
    static Long accountId(String reference) {
        if (!reference.startsWith(ACCOUNT_PREFIX)) {
            return null;
        }
        String digits = reference.substring(ACCOUNT_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
