package org.mutualportal.core.exchange;

import java.util.List;

/**
 * One import resource's knowledge: how to read and check a record, and how to upsert the valid ones. The
 * toolkit ({@link Imports}) does the rest the same way for every resource — parsing, duplicates within a
 * batch, the atomic option, the transaction, the report and the import run — so that the management system
 * meets one behaviour across members, payments or contributions.
 *
 * <p>{@link #write} receives the whole batch of valid records at once so that it can resolve references and
 * load existing rows with one query per batch (never one per record), and must leave an unchanged row
 * untouched, reporting it {@link ImportOutcome#unchanged}.
 *
 * @param <R> the checked record
 */
public interface RecordImport<R> {

    /** The resource, as shown to administrators: {@code members}, {@code reimbursements/payments}. */
    String resource();

    /** Reads and checks one record; returns {@code null} when it has problems (left in the record). */
    R read(JsonRecord record);

    /** The management system's identifier of the record; a second record with the same key in a batch is refused. */
    String key(R record);

    /** The field holding the key, named in the rejection of a duplicate. */
    default String keyField() {
        return "externalId";
    }

    /** Upserts the valid records, in the import's transaction, telling the outcome of each by its index. */
    void write(List<Item<R>> items, ImportOutcome outcome);

    /** A valid record and its position in the batch. */
    record Item<R>(int index, R value) {
    }
}
