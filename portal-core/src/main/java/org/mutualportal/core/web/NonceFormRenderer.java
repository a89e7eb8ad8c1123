package org.mutualportal.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes PrimeFaces' CSP nonce into every form as a hidden field, so that a form posted without JavaScript carries it
 * like an Ajax one does.
 *
 * <p>With {@code primefaces.CSP} on, a postback must send back the nonce its page was rendered with (PrimeFaces'
 * {@code CspState} compares it with the one kept in the view, and throws otherwise). PrimeFaces adds that field from
 * JavaScript ({@code PrimeFaces.csp.init}), so a browser without scripts — a password manager's submit, an old phone,
 * a text browser, an accessibility tool — posted the sign-in form without it and got the error page. Rendered here,
 * the field is in the HTML; the script finds it by name and only sets its value again. The nonce is no secret from
 * the page: it is already in every script tag's {@code nonce} attribute.
 */
final class NonceFormRenderer extends RendererWrapper {

    /** PrimeFaces' request parameter ({@code Constants.RequestParams.NONCE_PARAM}, read by its script too). */
    static final String NONCE_PARAM = "primefaces.nonce";

    NonceFormRenderer(Renderer<UIComponent> wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
        if (cspNonces(context)) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", form);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_PARAM, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, form);
    }

    /** Whether PrimeFaces gives pages a nonce: its CSP on, with the policy it writes itself (also {@link PostbackCheck}). */
    static boolean cspNonces(FacesContext context) {
        var config = PrimeApplicationContext.getCurrentInstance(context).getConfig();
        return config.isCsp() && !config.isPolicyProvided();
    }
}
