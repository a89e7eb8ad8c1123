package fr.mutuelle.prevoyance.exchange;

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

/** {@code POST /api/v1/prevoyance/covers} (role SYSTEM, like every import; 404 while the module is off). */
@Path("/v1/prevoyance/covers")
@Tag(name = "Prévoyance", description = "Garanties de prévoyance des adhésions (module d'exemple prevoyance).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CoversResource {

    @Inject
    Imports imports;

    @Inject
    CoverImport covers;

    @POST
    @Operation(operationId = "importCovers", summary = "Crée ou remplace des garanties de prévoyance")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CoverRecord.class))) InputStream body) {
        return imports.run(covers, body, atomic);
    }
}
