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
 * {@code POST /api/v1/contract/contributions}: calls for contributions with their breakdown (see {@link ContributionImport}).
 * Answers 404 while the module is disabled.
 */
@Path("/v1/contract/contributions")
@Tag(name = "Cotisations", description = "Échéances de cotisation et leur détail (module contract).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ContributionsResource {

    @Inject
    Imports imports;

    @Inject
    ContributionImport contributions;

    @POST
    @Operation(operationId = "importContributions", summary = "Crée ou met à jour des échéances de cotisation")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ContributionRecord.class))) InputStream body) {
        return imports.run(contributions, body, atomic);
    }
}
