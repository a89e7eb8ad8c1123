package org.mutualportal.core.exchange;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error of the API: the HTTP status again, a French message and, for an unexpected
 * failure, the reference under which it was logged — never a stack trace, never an HTML error page.
 */
@Schema(name = "Error", description = "Erreur de l'API.")
public record ApiError(
        @Schema(description = "Statut HTTP.", example = "400") int status,
        @Schema(description = "Message en français.", example = "Le corps de la requête n'est pas un JSON lisible.")
        String message,
        @Schema(description = "Référence de l'erreur dans les journaux du portail (erreurs inattendues).",
                example = "K7M2Q9XZ") String reference) {

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message, null);
    }

    public static Response response(int status, String message, String reference) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, reference)).build();
    }
}
