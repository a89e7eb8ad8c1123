package org.mutualportal.api.exchange;

import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.mutualportal.spi.RecordImport;

/**
 * Runs one call of a data-exchange import the same way for every resource: reads the JSON array, checks each
 * record through the module's {@link RecordImport} (problems become rejections by index and field), refuses a
 * second record with the same key, writes the valid records in one transaction (all or nothing with
 * {@code atomic=true}), records the run for administrators (Administration → Imports), and answers the
 * {@link BatchReport}.
 *
 * <p>A module's import resource is a JAX-RS class at {@code @Path("/v1/<module>/…")} in the shell's application
 * ({@code /api}, role SYSTEM); its method hands the body here. An application-scoped CDI bean.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;Path("/v1/reimbursements/payments")
 * public class PaymentsResource {
 *     &#64;Inject Imports imports;
 *     &#64;Inject PaymentImport paymentImport;
 *
 *     &#64;POST
 *     public Response upsert(&#64;QueryParam("atomic") boolean atomic, InputStream body) {
 *         return imports.run(paymentImport, body, atomic);
 *     }
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface Imports {

    /**
     * Runs an import.
     *
     * @param handler the module's import of one kind of record
     * @param body the request's JSON array
     * @param atomic whether one rejected record refuses the whole batch
     * @param <R> the record type
     * @return 200 with the report when written (even partly), 422 when an atomic batch is refused, 400 or 413
     *         for an unreadable or too large body
     */
    <R> Response run(RecordImport<R> handler, InputStream body, boolean atomic);
}
