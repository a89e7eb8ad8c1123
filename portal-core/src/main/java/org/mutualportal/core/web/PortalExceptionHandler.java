package org.mutualportal.core.web;

import org.mutualportal.api.web.NotFoundException;

import jakarta.faces.FacesException;
import jakarta.validation.ConstraintViolationException;
import org.mutualportal.api.error.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Predicate;
import org.mutualportal.api.member.CollectiveContractException;
import org.mutualportal.core.member.CollectiveContractCheck;

/**
 * Turns what goes wrong in a Faces request into what a member should see, for full and Ajax requests
 * alike: a business rule's refusal ({@link BusinessException}, a service's {@link ConstraintViolationException})
 * is a French message next to the field it names — the page is shown again with what was typed, nothing
 * written; an id outside the member's scope is a 404, a forged change of a collective contract lands on the
 * "ask your employer" page, an expired view reloads the page, a change that met someone else's change of
 * the same data reloads the page with a message, and anything unexpected becomes the 500 page with a
 * reference — never a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Throwable first = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (first == null) {
                first = failure;
            }
            events.remove();
        }
        if (first != null) {
            FacesContext context = FacesContext.getCurrentInstance();
            if (FieldMessages.show(context, first)) {
                // Rendered again as it is, with the message: the rollback already undid what the action began.
                getWrapped().handle();
                return;
            }
            try {
                respond(context, first);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static void respond(FacesContext context, Throwable failure) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (find(failure, NotFoundException.class) != null) {
            sendError(context, 404, null);
        } else if (find(failure, CollectiveContractException.class) != null) {
            external.redirect(external.getRequestContextPath() + CollectiveContractCheck.EMPLOYER_PAGE);
        } else if (find(failure, ViewExpiredException.class) instanceof ViewExpiredException expired) {
            reload(external, expired.getViewId());
        } else if (context.isPostback() && isConcurrentChange(failure)) {
            // Two people saved the same row at the same moment (the version check refused the second):
            // nothing of this submission was written. Show the page as it now is, and say so.
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, CoreTexts.core("error.conflict"), null));
            external.getFlash().setKeepMessages(true);
            reload(external, context.getViewRoot().getViewId());
        } else {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String reference = ErrorReference.log(request, request.getRequestURI(), failure);
            sendError(context, 500, reference);
        }
        context.responseComplete();
    }

    /** Sends the browser back to the page, with the request's query string (its view parameters). */
    private static void reload(ExternalContext external, String viewId) throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(external.getRequestContextPath() + viewId.replaceFirst("^(?!/)", "/")
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }

    /** Ajax requests cannot show an error page in place: send the browser to it. */
    private static void sendError(FacesContext context, int status, String reference) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + "/error/page?status=" + status
                    + (reference == null ? "" : "&ref=" + reference));
            return;
        }
        if (!external.isResponseCommitted()) {
            external.responseReset();
            external.responseSendError(status, null);
        }
    }

    /**
     * JPA's {@code OptimisticLockException} when the flush fails, EclipseLink's own when the commit does (the
     * JTA commit wraps it in a {@code RollbackException}): matched by name, since the core does not depend on
     * the provider.
     */
    private static boolean isConcurrentChange(Throwable failure) {
        return find(failure, t -> t.getClass().getSimpleName().equals("OptimisticLockException")) != null;
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type::isInstance);
    }

    /** The failure or the first of its causes that matches, or {@code null}. */
    static Throwable find(Throwable failure, Predicate<Throwable> matches) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (matches.test(t)) {
                return t;
            }
        }
        return null;
    }
}
