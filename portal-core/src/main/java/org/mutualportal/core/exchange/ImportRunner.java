package org.mutualportal.core.exchange;

import org.mutualportal.api.exchange.Imports;
import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.BatchReport;
import org.mutualportal.api.exchange.Rejection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.exchange.ImportRun.Outcome;
import org.mutualportal.core.exchange.ImportTransaction.AtomicBatchRefused;
import org.mutualportal.api.exchange.JsonRecord.FieldProblem;
import org.mutualportal.spi.RecordImport.Item;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.web.ErrorReference;

/**
 * Runs one import call the same way for every resource: reads the JSON array, checks each record (problems
 * become rejections by index and field), refuses a second record with the same key, writes the valid records
 * in one transaction (all or nothing with {@code atomic=true}), records the run for administrators, and
 * answers the {@link BatchReport}.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;POST
 * public Response upsert(&#64;QueryParam("atomic") boolean atomic, InputStream body) {
 *     return imports.run(paymentImport, body, atomic);
 * }
 * </pre>
 */
@ApplicationScoped
public class ImportRunner implements Imports {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    ImportTransaction transaction;

    @Inject
    ImportRuns runs;

    @Inject
    PortalClock clock;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "portal.api.max-records", defaultValue = "20000")
    int maxRecords;

    /** 200 with the report when written (even partly), 422 when an atomic batch is refused, 400/413 for the body. */
    public <R> Response run(RecordImport<R> handler, InputStream body, boolean atomic) {
        long start = System.nanoTime();
        OffsetDateTime startedAt = clock.now();
        String client = client();
        List<JsonValue> records;
        try {
            records = parse(body);
        } catch (UnreadableBody e) {
            ImportOutcome nothing = new ImportOutcome(0);
            runs.record(client, handler.resource(), startedAt, elapsed(start), atomic, Outcome.REFUSED, nothing,
                    List.of(new Rejection(-1, "", e.getMessage())));
            return ApiError.response(e.status, e.getMessage(), null);
        }

        ImportOutcome outcome = new ImportOutcome(records.size());
        List<Item<R>> valid = read(handler, records, outcome);
        if (atomic && outcome.hasRejections()) {
            return finish(handler, client, startedAt, start, atomic, Outcome.REFUSED, outcome);
        }
        try {
            transaction.write(handler, valid, outcome, atomic);
        } catch (AtomicBatchRefused refused) {
            return finish(handler, client, startedAt, start, atomic, Outcome.REFUSED, outcome);
        } catch (TransactionalException e) {
            if (e.getCause() instanceof AtomicBatchRefused) {
                return finish(handler, client, startedAt, start, atomic, Outcome.REFUSED, outcome);
            }
            return failed(handler, client, startedAt, start, atomic, outcome, e);
        } catch (RuntimeException e) {
            return failed(handler, client, startedAt, start, atomic, outcome, e);
        }
        return finish(handler, client, startedAt, start, atomic,
                outcome.hasRejections() ? Outcome.PARTIAL : Outcome.APPLIED, outcome);
    }

    private <R> List<Item<R>> read(RecordImport<R> handler, List<JsonValue> records, ImportOutcome outcome) {
        List<Item<R>> valid = new ArrayList<>(records.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int index = 0; index < records.size(); index++) {
            JsonRecord record = JsonRecord.of(records.get(index));
            R value = record.isValid() ? handler.read(record) : null;
            if (!record.isValid() || value == null) {
                for (FieldProblem problem : record.problems()) {
                    outcome.reject(index, problem.field(), problem.message());
                }
                continue;
            }
            Integer first = seen.putIfAbsent(handler.key(value), index);
            if (first != null) {
                outcome.reject(index, handler.keyField(), CoreTexts.core("exchange.duplicate", handler.key(value),
                        Integer.toString(first)));
                continue;
            }
            valid.add(new Item<>(index, value));
        }
        return valid;
    }

    private <R> Response finish(RecordImport<R> handler, String client, OffsetDateTime startedAt, long start,
            boolean atomic, Outcome result, ImportOutcome outcome) {
        long duration = elapsed(start);
        long run = runs.record(client, handler.resource(), startedAt, duration, atomic, result, outcome,
                outcome.rejections());
        LOG.info(() -> "Import " + run + " of " + handler.resource() + " by " + client + ": " + result + ", "
                + outcome.received() + " records in " + duration + " ms");
        BatchReport report = outcome.report(result != Outcome.REFUSED, run);
        return Response.status(result == Outcome.REFUSED ? 422 : 200).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(report).build();
    }

    private <R> Response failed(RecordImport<R> handler, String client, OffsetDateTime startedAt, long start,
            boolean atomic, ImportOutcome outcome, RuntimeException failure) {
        String reference = ErrorReference.log(request, "/api/v1/" + handler.resource(), failure);
        runs.record(client, handler.resource(), startedAt, elapsed(start), atomic, Outcome.FAILED, outcome,
                List.of(new Rejection(-1, "", CoreTexts.core("api.error.unexpected", reference))));
        return ApiError.response(500, CoreTexts.core("api.error.unexpected", reference), reference);
    }

    private List<JsonValue> parse(InputStream body) {
        if (body == null) {
            throw new UnreadableBody(400, CoreTexts.core("exchange.body.array"));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8),
                64 * 1024))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new UnreadableBody(400, CoreTexts.core("exchange.body.unreadable"));
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new UnreadableBody(400, CoreTexts.core("exchange.body.array"));
        }
        List<JsonValue> records = value.asJsonArray();
        if (records.size() > maxRecords) {
            throw new UnreadableBody(413, CoreTexts.core("exchange.body.too-many", maxRecords));
        }
        return records;
    }

    private String client() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The body is not a JSON array of at most {@code maxRecords} records. */
    private static final class UnreadableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        UnreadableBody(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
