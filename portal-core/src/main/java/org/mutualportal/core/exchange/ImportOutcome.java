package org.mutualportal.core.exchange;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The tally of one import call, filled by the toolkit while reading and by the resource while writing. One
 * call, one thread: no synchronisation.
 */
public final class ImportOutcome {

    private final int received;
    private int created;
    private int updated;
    private int unchanged;
    private final BitSet rejectedIndexes = new BitSet();
    private final List<Rejection> rejections = new ArrayList<>();
    private int rejectionCount;

    public ImportOutcome(int received) {
        this.received = received;
    }

    public void created(int index) {
        created++;
    }

    public void updated(int index) {
        updated++;
    }

    public void unchanged(int index) {
        unchanged++;
    }

    /** Refuses a record (it must not be written); a record may be refused for several fields. */
    public void reject(int index, String field, String message) {
        rejectedIndexes.set(index);
        rejectionCount++;
        if (rejections.size() < BatchReport.MAX_LISTED) {
            rejections.add(new Rejection(index, field, message));
        }
    }

    public boolean isRejected(int index) {
        return rejectedIndexes.get(index);
    }

    public boolean hasRejections() {
        return rejectionCount > 0;
    }

    public int received() {
        return received;
    }

    public int rejectedRecords() {
        return rejectedIndexes.cardinality();
    }

    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** The report of a batch written ({@code applied}) or refused as a whole (nothing written: counts at 0). */
    BatchReport report(boolean applied, long run) {
        return applied
                ? new BatchReport(received, created, updated, unchanged, rejectedRecords(), rejections(), true, run)
                : new BatchReport(received, 0, 0, 0, rejectedRecords(), rejections(), false, run);
    }
}
