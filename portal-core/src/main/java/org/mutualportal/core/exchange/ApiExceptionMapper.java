package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.api.error.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mutualportal.core.web.ErrorReference;
import org.mutualportal.api.web.NotFoundException;

/**
 * Every failure of the API as an {@link ApiError} in JSON: a business rule's refusal ({@link BusinessException}) is
 * a 422 with its French message, unknown ids are 404, the JAX-RS runtime's own errors (405, 415, unreadable
 * parameters) keep their status with a French message, and anything unexpected is a 500 carrying the reference
 * it was logged under.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof BusinessException refusal) {
            return ApiError.response(422, refusal.text(), null);
        }
        if (failure instanceof NotFoundException) {
            return ApiError.response(Response.Status.NOT_FOUND, CoreTexts.core("api.error.not-found"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, CoreTexts.core(status == 404 ? "api.error.not-found" : "api.error.request",
                    status), null);
        }
        String reference = ErrorReference.log(request, request == null ? "/api" : request.getRequestURI(), failure);
        return ApiError.response(500, CoreTexts.core("api.error.unexpected", reference), reference);
    }
}
