package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.core.security.WebAccountEntity;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.time.PortalClock;

/** Creates and reads test data inside the container, through the core's own entities. */
@ApplicationScoped
public class CoreFixtures {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    PortalClock clock;

    /** A staff account (no member data needed) whose password is hashed with the given iteration count. */
    @Transactional
    public String staffAccount(String password, int iterations) {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String login = "staff-" + UUID.randomUUID() + "@mutuelle.example";
        em.persist(new WebAccountEntity(null, login, pbkdf2.generate(password.toCharArray()), Set.of(Roles.STAFF),
                AccountStatus.ACTIVE, clock.now()));
        return login;
    }

    /** The templates of the mails queued for an address, newest first. */
    public java.util.List<String> mailKindsTo(String recipient) {
        return em.createQuery("select m.kind from OutboxMail m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", recipient).getResultList();
    }

    public String passwordHashOf(String login) {
        return em.createQuery("select a.passwordHash from WebAccountEntity a where a.login = :login", String.class)
                .setParameter("login", login).getSingleResult();
    }
}
