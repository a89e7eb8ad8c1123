package org.mutualportal.reimbursements.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutualportal.api.exchange.BatchReport;
import org.mutualportal.api.exchange.Imports;

/**
 * {@code POST /api/v1/reimbursements/payments}: payments and their lines from the management system, in batches
 * of up to 10 000 and more (see {@link PaymentImport}). Answers 404 while the module is disabled.
 */
@Path("/v1/reimbursements/payments")
@Tag(name = "Remboursements", description = "Paiements de la mutuelle et leurs prestations (module reimbursements).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PaymentsResource {

    @Inject
    Imports imports;

    @Inject
    PaymentImport payments;

    @POST
    @Operation(operationId = "importPayments", summary = "Crée ou met à jour des paiements et leurs lignes",
            description = "Un paiement nouveau à un adhérent abonné lui vaut un seul e-mail "
                    + "« nouveau remboursement », même si le lot est renvoyé.")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = PaymentRecord.class))) InputStream body) {
        return imports.run(payments, body, atomic);
    }
}
