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
 * {@code POST /api/v1/contract/offers}: the catalogue's offers with their guarantee tables (see {@link OfferImport}).
 * Answers 404 while the module is disabled.
 */
@Path("/v1/contract/offers")
@Tag(name = "Offres", description = "Catalogue des offres et tableaux de garanties (module contract).")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OffersResource {

    @Inject
    Imports imports;

    @Inject
    OfferImport offers;

    @POST
    @Operation(operationId = "importOffers", summary = "Crée ou remplace des offres",
            description = "La clé d'une offre est son code (et non externalId).")
    @APIResponseSchema(BatchReport.class)
    public Response upsert(@QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                    implementation = OfferRecord.class))) InputStream body) {
        return imports.run(offers, body, atomic);
    }
}
