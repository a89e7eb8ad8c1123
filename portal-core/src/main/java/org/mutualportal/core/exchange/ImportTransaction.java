package org.mutualportal.core.exchange;

import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.exchange.ImportOutcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mutualportal.spi.RecordImport.Item;

/**
 * The write phase of an import, in one transaction. Imports of the same resource are serialised by a
 * PostgreSQL transaction lock: "compare with what exists, then insert or update" is then safe when the
 * management system sends two batches at once (or retries a call that timed out while the first still runs),
 * and never reports a record created twice.
 */
@ApplicationScoped
public class ImportTransaction {

    /** First half of the advisory lock key, so that the portal's locks cannot meet another application's. */
    private static final int LOCK_CLASS = 0x1A9_0001;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** Writes the records; refuses the whole batch (rolling back) when atomic and a record was rejected. */
    @Transactional
    public <R> void write(RecordImport<R> handler, List<Item<R>> items, ImportOutcome outcome, boolean atomic) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_CLASS)
                .setParameter(2, handler.resource().hashCode())
                .getResultList();
        handler.write(items, outcome);
        if (atomic && outcome.hasRejections()) {
            throw new AtomicBatchRefused();
        }
    }

    /** Rolls the transaction back: an atomic batch had a rejected record. */
    static final class AtomicBatchRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AtomicBatchRefused() {
            super("Atomic batch refused", null, false, false);
        }
    }
}
