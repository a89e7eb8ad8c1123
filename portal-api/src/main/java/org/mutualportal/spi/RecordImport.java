package org.mutualportal.spi;

import java.util.List;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.Imports;
import org.mutualportal.api.exchange.JsonRecord;

/**
 * One import resource's knowledge: how to read and check a record, and how to upsert the valid ones. The
 * toolkit ({@link Imports}) does the rest the same way for every resource — parsing, duplicates within a
 * batch, the atomic option, the transaction, the report and the import run — so that the management system
 * meets one behaviour across members, payments or contributions.
 *
 * <p>{@link #write} receives the whole batch of valid records at once so that it can resolve references and
 * load existing rows with one query per batch (never one per record), and must leave an unchanged row
 * untouched, reporting it {@link ImportOutcome#unchanged}. Implementations are CDI beans of the module; the
 * module's JAX-RS resource hands its body to {@link Imports#run}.
 *
 * @param <R> the checked record
 * @since 1.0
 */
public interface RecordImport<R> {

    /**
     * The resource, as shown to administrators.
     *
     * @return e.g. {@code reimbursements/payments}
     */
    String resource();

    /**
     * Reads and checks one record, leaving its problems in the record ({@link JsonRecord#reject}).
     *
     * @param record one element of the batch
     * @return the checked record, or {@code null} when it has problems
     */
    R read(JsonRecord record);

    /**
     * The management system's identifier of the record; a second record with the same key in a batch is refused.
     *
     * @param record a checked record
     * @return its key
     */
    String key(R record);

    /**
     * The field holding the key, named in the rejection of a duplicate.
     *
     * @return {@code externalId} by default
     */
    default String keyField() {
        return "externalId";
    }

    /**
     * Upserts the valid records, in the import's transaction, telling the outcome of each by its index.
     *
     * @param items the valid records of the batch
     * @param outcome where to report each record as created, updated, unchanged or rejected
     */
    void write(List<Item<R>> items, ImportOutcome outcome);

    /**
     * A valid record and its position in the batch.
     *
     * @param index the record's position, from 0
     * @param value the checked record
     * @param <R> the checked record's type
     */
    record Item<R>(int index, R value) {
    }
}
