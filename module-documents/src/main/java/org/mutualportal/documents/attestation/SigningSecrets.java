package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;

/**
 * The stored random secret verification codes are signed with when no key is configured. Read or created
 * in a transaction of its own, so that a secret is never used unless it is committed — otherwise an
 * instance could sign with a key that a rollback threw away — and created once whichever instance comes
 * first ({@code on conflict do nothing}, then read what won).
 */
@ApplicationScoped
public class SigningSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("insert into doc_signing_secret (id, secret, created_at) values (1, ?, now()) on conflict (id) do nothing")
                .setParameter(1, fresh)
                .executeUpdate();
        return (byte[]) em.createNativeQuery("select secret from doc_signing_secret where id = 1").getSingleResult();
    }
}
