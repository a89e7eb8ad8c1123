package org.mutualportal.core.exchange;

import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.BatchReport;
import org.mutualportal.api.exchange.Rejection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.core.exchange.ImportRun.Outcome;
import org.mutualportal.api.time.PortalClock;

/** The import runs: written once per call (in a transaction of their own), listed newest first for administrators. */
@ApplicationScoped
public class ImportRuns {

    /** Rejections kept per run for the admin page (the answer to the caller lists up to {@link BatchReport#MAX_LISTED}). */
    static final int KEPT = 200;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Records a run, whatever happened to the import's own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long record(String client, String resource, OffsetDateTime startedAt, long durationMs, boolean atomic,
            Outcome outcome, ImportOutcome tally, List<Rejection> rejections) {
        boolean applied = outcome == Outcome.APPLIED || outcome == Outcome.PARTIAL;
        BatchReport counts = tally.report(applied, 0);
        ImportRun run = new ImportRun(client, resource, startedAt, durationMs, atomic, outcome, tally.received(),
                counts.created(), counts.updated(), counts.unchanged(), tally.rejectedRecords(),
                rejections.isEmpty() ? null : toJson(rejections));
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** A page of runs, newest first. */
    public List<ImportRun> page(int first, int max) {
        return em.createQuery("select r from ImportRun r order by r.startedAt desc, r.id desc", ImportRun.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ImportRun r", Long.class).getSingleResult();
    }

    public ImportRun find(long id) {
        return em.find(ImportRun.class, id);
    }

    /** The rejections kept with a run. */
    public static List<Rejection> rejections(ImportRun run) {
        if (run.getErrors() == null) {
            return List.of();
        }
        List<Rejection> rejections = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(run.getErrors()))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                rejections.add(new Rejection(o.getInt("index"), o.getString("field", ""), o.getString("message", "")));
            }
        }
        return rejections;
    }

    private static String toJson(List<Rejection> rejections) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rejections.stream().limit(KEPT).forEach(r -> array.add(Json.createObjectBuilder()
                .add("index", r.index()).add("field", r.field()).add("message", r.message())));
        return array.build().toString();
    }
}
