package org.mutualportal.core.web;

import org.mutualportal.api.web.NotFoundException;

import jakarta.faces.FacesException;
import jakarta.validation.ConstraintViolationException;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.security.TooManyAttempts;
import org.mutualportal.core.security.source.SourceRefusals;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mutualportal.api.member.CollectiveContractException;
import org.mutualportal.core.member.CollectiveContractCheck;
import org.primefaces.csp.CspException;

/**
 * Turns what goes wrong in a Faces request into what a member should see, for full and Ajax requests
 * alike: a business rule's refusal ({@link BusinessException}, a service's {@link ConstraintViolationException})
 * is a French message next to the field it names — the page is shown again with what was typed, nothing
 * written; an id outside the member's scope is a 404, a forged change of a collective contract lands on the
 * "ask your employer" page, a view state that cannot be used (expired, malformed, from another session or page)
 * or a form without its CSP nonce reloads the page — without Faces' parameters, so that a reload cannot loop —
 * and a change that met someone else's change of the same data reloads it too; a posted form's reload says
 * why. Anything unexpected becomes the 500 page with a reference — never a stack trace.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Throwable first = null;
        PhaseId phase = null;
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            if (first == null) {
                first = queued.getException();
                phase = queued.getPhaseId();
            }
            events.remove();
        }
        if (first != null) {
            FacesContext context = FacesContext.getCurrentInstance();
            if (find(first, TooManyAttempts.class) instanceof TooManyAttempts tooMany) {
                // Too many attempts from the client's source: the message below, with 429 and Retry-After.
                SourceRefusals.status(context, tooMany.retryAfter());
            }
            if (FieldMessages.show(context, first)) {
                // Rendered again as it is, with the message: the rollback already undid what the action began.
                getWrapped().handle();
                return;
            }
            try {
                respond(context, first, phase);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static void respond(FacesContext context, Throwable failure, PhaseId phase) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (find(failure, NotFoundException.class) != null) {
            sendError(context, 404, null);
        } else if (find(failure, CollectiveContractException.class) != null) {
            external.redirect(external.getRequestContextPath() + CollectiveContractCheck.EMPLOYER_PAGE);
        } else if (find(failure, ViewExpiredException.class) instanceof ViewExpiredException expired) {
            // Expired, malformed, from another session or another page: the form cannot be processed.
            refused(external, Level.INFO, expired);
            reload(context, expired.getViewId(), "error.expired");
        } else if (find(failure, CspException.class) instanceof CspException csp) {
            // Posted without the page's CSP nonce (no JavaScript) or with another: refused before the action ran.
            refused(external, Level.WARNING, csp);
            reload(context, null, "error.unverified");
        } else if (phase == PhaseId.RESTORE_VIEW && context.isPostback()) {
            // A view state Faces found but could not restore onto this page ("stateless" posted to a page that keeps
            // its state, Faces' "Unable to restore view"): unusable as well. Were the page itself broken, the
            // reload (a GET, no view state) fails again and is reported there as any failure.
            refused(external, Level.INFO, failure);
            reload(context, null, "error.expired");
        } else if (context.isPostback() && isConcurrentChange(failure)) {
            // Two people saved the same row at the same moment (the version check refused the second):
            // nothing of this submission was written. Show the page as it now is, and say so.
            reload(context, context.getViewRoot().getViewId(), "error.conflict");
        } else {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String reference = ErrorReference.log(request, request.getRequestURI(), failure);
            sendError(context, 500, reference);
        }
        context.responseComplete();
    }

    /**
     * Sends the browser back to the page with its own parameters but none of Faces' ({@link ReloadAddress}), saying
     * why when a form was posted. A GET already at that address would come back here: it gets the 400 page instead
     * of a redirect loop.
     */
    private static void reload(FacesContext context, String viewId, String messageKey) throws IOException {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = request(external);
        String page = viewId != null ? viewId
                : context.getViewRoot() != null ? context.getViewRoot().getViewId()
                : request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String target = ReloadAddress.of(request, page);
        if (!"POST".equals(request.getMethod()) && target.equals(ReloadAddress.current(request))) {
            sendError(context, 400, null);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, CoreTexts.core(messageKey), null));
            external.getFlash().setKeepMessages(true);
        }
        external.redirect(target);
    }

    /** One line, no stack trace: a refused request is the client's doing, not a failure to investigate. */
    private static void refused(ExternalContext external, Level level, Throwable why) {
        HttpServletRequest request = request(external);
        LOG.log(level, () -> "Request " + ErrorReference.of(request) + " to " + request.getRequestURI() + " refused ("
                + why + "): page reloaded");
    }

    private static HttpServletRequest request(ExternalContext external) {
        return (HttpServletRequest) external.getRequest();
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
