package org.mutualportal.api.exchange;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The tally of one import call, filled by the toolkit while reading and by the resource while writing. One
 * call, one thread: no synchronisation.
 *
 * @since 1.0
 */
public final class ImportOutcome {

    private final int received;
    private int created;
    private int updated;
    private int unchanged;
    private final BitSet rejectedIndexes = new BitSet();
    private final List<Rejection> rejections = new ArrayList<>();
    private int rejectionCount;

    /**
     * The tally of a batch.
     *
     * @param received how many records the batch holds
     */
    public ImportOutcome(int received) {
        this.received = received;
    }

    /**
     * A record was created.
     *
     * @param index its position in the batch
     */
    public void created(int index) {
        created++;
    }

    /**
     * A record changed an existing row.
     *
     * @param index its position in the batch
     */
    public void updated(int index) {
        updated++;
    }

    /**
     * A record matched its row as it was: nothing written.
     *
     * @param index its position in the batch
     */
    public void unchanged(int index) {
        unchanged++;
    }

    /**
     * Refuses a record (it must not be written); a record may be refused for several fields.
     *
     * @param index its position in the batch
     * @param field the field at fault, a path such as {@code lines[1].baseAmount}; empty for the whole record
     * @param message French, for the management system's operators
     */
    public void reject(int index, String field, String message) {
        rejectedIndexes.set(index);
        rejectionCount++;
        if (rejections.size() < BatchReport.MAX_LISTED) {
            rejections.add(new Rejection(index, field, message));
        }
    }

    /**
     * Whether a record was refused.
     *
     * @param index its position in the batch
     * @return {@code true} when refused
     */
    public boolean isRejected(int index) {
        return rejectedIndexes.get(index);
    }

    /**
     * Whether any record was refused.
     *
     * @return {@code true} when at least one was
     */
    public boolean hasRejections() {
        return rejectionCount > 0;
    }

    /**
     * How many records the batch holds.
     *
     * @return the count
     */
    public int received() {
        return received;
    }

    /**
     * How many records were refused.
     *
     * @return the count
     */
    public int rejectedRecords() {
        return rejectedIndexes.cardinality();
    }

    /**
     * The rejections, the first {@value BatchReport#MAX_LISTED} of them.
     *
     * @return an unmodifiable copy
     */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /**
     * The report of a batch written ({@code applied}) or refused as a whole (nothing written: counts at 0).
     *
     * @param applied whether the valid records were written
     * @param run the id of the import run administrators see
     * @return the report the API answers
     */
    public BatchReport report(boolean applied, long run) {
        return applied
                ? new BatchReport(received, created, updated, unchanged, rejectedRecords(), rejections(), true, run)
                : new BatchReport(received, 0, 0, 0, rejectedRecords(), rejections(), false, run);
    }
}
