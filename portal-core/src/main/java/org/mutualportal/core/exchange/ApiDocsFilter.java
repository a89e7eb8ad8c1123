package org.mutualportal.core.exchange;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every import operation of the API the same documented behaviour, written once: an operation with an
 * {@code atomic} parameter (the mark of {@link ImportRunner}) gets the batch semantics as description, the 422
 * answer (atomic batch refused, with the batch report), the 400, 401 and 413 answers (with the error body) and
 * the description of {@code atomic}. Each resource then declares only what is its own — path, summary, record
 * schema — and cannot forget a status the toolkit answers for all. Registered with {@code mp.openapi.filter}.
 */
public class ApiDocsFilter implements OASFilter {

    private static final String ERROR = "Error";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean errorSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(ERROR);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> document(operation, errorSchema));
            }
        }
    }

    private static void document(Operation operation, boolean errorSchema) {
        Parameter atomic = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> "atomic".equals(p.getName())).findFirst().orElse(null);
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses == null ? null : responses.getAPIResponse("200");
        if (atomic == null || ok == null) {
            return;
        }
        atomic.setDescription(ApiDocs.ATOMIC);
        ok.setDescription(ApiDocs.OK);
        String own = operation.getDescription();
        operation.setDescription(own == null || own.isBlank() ? ApiDocs.BATCH : ApiDocs.BATCH + " " + own);
        responses.addAPIResponse("422", response(ApiDocs.REFUSED, reportSchema(ok)));
        Schema error = errorSchema ? OASFactory.createSchema().ref(ERROR) : null;
        responses.addAPIResponse("400", response(ApiDocs.BAD_BODY, error));
        responses.addAPIResponse("401", response(ApiDocs.UNAUTHORIZED, error));
        responses.addAPIResponse("413", response(ApiDocs.TOO_LARGE, error));
    }

    /** The batch report's schema, as the 200 answer declares it (inline or by reference). */
    private static Schema reportSchema(APIResponse ok) {
        Content content = ok.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null)
                .findFirst().orElse(null);
    }

    private static APIResponse response(String description, Schema schema) {
        APIResponse response = OASFactory.createAPIResponse().description(description);
        return schema == null ? response : response.content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
    }
}
