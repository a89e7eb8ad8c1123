package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.api.exchange.JsonRecord;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutualportal.core.requests.UnknownStage;
import org.mutualportal.core.requests.RequestAttachmentEntity;
import org.mutualportal.api.requests.RequestStatus;

/**
 * {@code /api/v1/requests}: the members' requests for the management system (see {@link RequestFeed} for the
 * delivery protocol), their attachments, their acknowledgement and their status in Suivi.
 */
@Path("/v1/requests")
@Tag(name = "Demandes", description = "Demandes des adhérents à traiter dans le système de gestion.")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RequestFeedResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    RequestFeed feed;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(operationId = "listRequests", summary = "Demandes non acquittées, les plus anciennes d'abord",
            description = "Commencer chaque relève sans curseur, puis passer next en after= tant que more est vrai. "
                    + "Une demande reste dans le flux tant qu'elle n'est pas acquittée : la relève suivante, repartie "
                    + "du début, redonne celles qui ne l'ont pas été. Aucune demande n'est sautée, même validée en "
                    + "retard.")
    @APIResponse(responseCode = "200", description = "Une page du flux.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "Curseur ou limite invalide.")
    public Response page(
            @Parameter(description = "Curseur next de la page précédente ; absent pour commencer une relève.")
            @QueryParam("after") String after,
            @Parameter(description = "Taille de la page, de 1 à 500.") @QueryParam("limit") @DefaultValue("100") int limit) {
        var cursor = FeedCursor.parse(after);
        if (cursor.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, CoreTexts.core("exchange.feed.cursor"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return ApiError.response(Response.Status.BAD_REQUEST, CoreTexts.core("exchange.feed.limit", MAX_LIMIT));
        }
        return Response.ok(feed.page(cursor.get(), limit)).build();
    }

    @POST
    @Path("{id}/ack")
    @Operation(operationId = "acknowledgeRequest", summary = "Acquitte la réception d'une demande",
            description = "La demande sort du flux. Idempotent : acquitter deux fois ne change rien.")
    @APIResponse(responseCode = "200", description = "État de la demande après l'appel.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusResult.class)))
    @APIResponse(responseCode = "404", description = "Demande inconnue ou qui n'est pas pour le système de gestion.")
    public StatusResult acknowledge(
            @Parameter(required = true, description = "id de la demande, tel que le flux le donne.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id) {
        return feed.acknowledge(id);
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRequestStatus", summary = "Change le statut d'une demande dans Suivi",
            description = "IN_PROGRESS : prise en charge ; DONE : traitée, avec une réponse facultative que "
                    + "l'adhérent lit dans Suivi ; CANCELLED : annulée. L'adhérent est prévenu comme lorsqu'un "
                    + "conseiller répond. Vaut acquittement. Renvoyer le statut déjà en place ne change rien et "
                    + "ne renvoie aucun e-mail.")
    @APIResponse(responseCode = "200", description = "État de la demande après l'appel.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusResult.class)))
    @APIResponse(responseCode = "400", description = "Statut, étape ou réponse invalide.")
    @APIResponse(responseCode = "404", description = "Demande inconnue ou qui n'est pas pour le système de gestion.")
    @APIResponse(responseCode = "409", description = "Demande déjà close avec un autre statut.")
    public Response changeStatus(
            @Parameter(required = true, description = "id de la demande, tel que le flux le donne.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long requestId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusChange.class)))
            JsonObject body) {
        JsonRecord record = JsonRecord.of(body);
        String stage = record.text("stage", 40);
        RequestStatus status = stage == null ? record.requiredChoice("status", RequestStatus.class)
                : record.choice("status", RequestStatus.class);
        String reason = record.text("reason", 1000);
        String answer = record.text("answer", 4000);
        if (reason != null && stage == null) {
            record.reject("reason", CoreTexts.core("exchange.status.reason"));
        }
        if (status == RequestStatus.SENT) {
            record.reject("status", CoreTexts.core("exchange.status.sent"));
        }
        if (answer != null && status != RequestStatus.DONE && (status != null || stage == null)) {
            record.reject("answer", CoreTexts.core("exchange.status.answer"));
        }
        if (!record.isValid()) {
            var problem = record.problems().get(0);
            return ApiError.response(Response.Status.BAD_REQUEST, problem.field() + " : " + problem.message());
        }
        try {
            return Response.ok(feed.changeStatus(requestId, status, stage, reason, answer)).build();
        } catch (UnknownStage unknown) {
            return ApiError.response(Response.Status.BAD_REQUEST, "stage : " + CoreTexts.core("exchange.status.stage", unknown.stage()));
        } catch (IllegalStateException closed) {
            return ApiError.response(Response.Status.CONFLICT, CoreTexts.core("exchange.status.closed"));
        }
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(operationId = "downloadAttachment", summary = "Télécharge une pièce jointe d'une demande")
    @APIResponse(responseCode = "200", description = "Le fichier (PDF, JPEG ou PNG).", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "Pièce jointe inconnue ou d'une autre demande.")
    public Response attachment(
            @Parameter(required = true, description = "id de la demande, tel que le flux le donne.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") long id,
            @Parameter(required = true, description = "id de la pièce jointe (attachments[].id dans le flux).",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("attachmentId") long attachmentId) {
        RequestAttachmentEntity file = feed.attachment(id, attachmentId);
        return Response.ok(file.getContent(), file.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
