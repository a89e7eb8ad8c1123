package org.mutualportal.core.exchange;

import org.mutualportal.api.exchange.BatchReport;

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

/** {@code POST /api/v1/memberships}: memberships from the management system, in batches (see {@link ImportRunner}). */
@Path("/v1/memberships")
@Tag(name = "Adhésions", description = "Adhésions et contrats (individuels ou collectifs).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MembershipsResource {

    @Inject
    ImportRunner imports;

    @Inject
    MembershipImport memberships;

    @POST
    @Operation(operationId = "importMemberships", summary = "Crée ou met à jour des adhésions")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = MembershipRecord.class))) InputStream body) {
        return imports.run(memberships, body, atomic);
    }
}
