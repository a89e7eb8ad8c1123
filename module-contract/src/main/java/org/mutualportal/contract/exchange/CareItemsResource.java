package org.mutualportal.contract.exchange;

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
 * {@code POST /api/v1/contract/care-items}: the national catalogue of care items on quote (see {@link CareItemImport}).
 * Answers 404 while the module is disabled.
 */
@Path("/v1/contract/care-items")
@Tag(name = "Soins sur devis", description = "Catalogue national des soins sur devis : bases de la Sécurité sociale, "
        + "prix limites du 100 % Santé, renouvellement (module contract).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CareItemsResource {

    @Inject
    Imports imports;

    @Inject
    CareItemImport items;

    @POST
    @Operation(operationId = "importCareItems", summary = "Crée ou remplace des soins du catalogue", description = "La clé d'un soin est son code.")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CareItemRecord.class))) InputStream body) {
        return imports.run(items, body, atomic);
    }
}
