package org.mutualportal.core.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One call of an import resource, kept for the administrators' "Imports" page: who sent what, how long it
 * took, what became of the records and the first rejections. Written in a transaction of its own, so that a
 * refused or failed batch leaves its trace too.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** What became of the batch. */
    public enum Outcome {
        /** Every record written (created, updated or unchanged). */
        APPLIED,
        /** Valid records written, some refused. */
        PARTIAL,
        /** Nothing written: an atomic batch with rejections, or a body that could not be read. */
        REFUSED,
        /** Nothing written: an unexpected failure (the errors column holds its reference). */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String client;

    @Column(nullable = false, length = 80)
    private String resource;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(nullable = false)
    private boolean atomic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Outcome outcome;

    @Column(nullable = false)
    private int received;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int rejected;

    /** JSON array of the first rejections ({@code [{index, field, message}]}). */
    @Column
    private String errors;

    protected ImportRun() {
    }

    ImportRun(String client, String resource, OffsetDateTime startedAt, long durationMs, boolean atomic, Outcome outcome,
            int received, int created, int updated, int unchanged, int rejected, String errors) {
        this.client = client;
        this.resource = resource;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.atomic = atomic;
        this.outcome = outcome;
        this.received = received;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.errors = errors;
    }

    public Long getId() {
        return id;
    }

    public String getClient() {
        return client;
    }

    public String getResource() {
        return resource;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public boolean isAtomic() {
        return atomic;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getReceived() {
        return received;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public String getErrors() {
        return errors;
    }
}
