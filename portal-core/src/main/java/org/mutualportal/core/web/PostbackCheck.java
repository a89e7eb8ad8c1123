package org.mutualportal.core.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.context.PrimeFacesContext;

/**
 * Refuses a postback whose view or nonce is not the page's before anything of it runs (declared in the core's
 * {@code faces-config.xml}); {@link PortalExceptionHandler} then gives the member the page back with a message.
 *
 * <ul>
 * <li><b>A view state of another page</b> of the same session is restored by Faces onto the requested page's
 * components, ids that mean something else there: the page remembers which view it rendered, and a view
 * restored from another one is treated as expired.</li>
 * <li><b>PrimeFaces' CSP nonce</b> is only compared when the answer is rendered — after the action ran: a form
 * posted without it (no JavaScript, a password manager's submit) was processed, then answered the 500 page.
 * Asking for the nonce here makes PrimeFaces compare it before the values are even applied.</li>
 * </ul>
 */
public class PostbackCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** View map entry: the view id the view was rendered for. */
    static final String RENDERED_VIEW = "portal.renderedView";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || root == null || context.getResponseComplete()) {
            return;
        }
        if (context.isPostback() && !root.isTransient()) {
            Map<String, Object> viewMap = root.getViewMap(false);
            Object rendered = viewMap == null ? null : viewMap.get(RENDERED_VIEW);
            if (rendered != null && !rendered.equals(root.getViewId())) {
                throw new ViewExpiredException("View state of " + rendered + " posted to " + root.getViewId(), root.getViewId());
            }
        }
        if ((context.isPostback() || context.getPartialViewContext().isAjaxRequest()) && NonceFormRenderer.cspNonces(context)) {
            // Throws PrimeFaces' CspException when the posted nonce is missing, malformed or not the view's.
            PrimeFacesContext.getCspState(context).getNonce();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && root != null && !root.isTransient()) {
            root.getViewMap(true).putIfAbsent(RENDERED_VIEW, root.getViewId());
        }
    }
}
