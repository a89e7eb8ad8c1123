package org.mutualportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages ({@code p:messages}) as a list assistive technologies can read: PrimeFaces 15.0.13 gives
 * each {@code <li>} of their {@code <ul>} {@code role="alert"}, which takes the items out of the list (axe "list",
 * WCAG 1.3.1, found on the sign-in page's error). PrimeFaces removed that role itself later (primefaces#14864);
 * until the portal moves to a version with the fix, this renderer drops it and keeps everything else — the
 * container stays {@code aria-live}. Declared in {@code META-INF/accessibility.faces-config.xml}, after PrimeFaces.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
