package org.mutualportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's global messages in the shell ({@code <portal:messages/>}), written as PrimeFaces' {@code p:messages}
 * writes them (one block per severity, its summaries in a list, the container {@code aria-live}) but without being a
 * PrimeFaces component: {@code p:messages} declares PrimeFaces' whole script and style set (jQuery, core.js, the
 * 550 kB components.js, components.css), and being in the shell it put them on every page, including those with no
 * PrimeFaces widget (docs/performance.md, "Lean pages"). portal.css styles the markup the way the theme does. No close
 * button: it was PrimeFaces' script.
 */
@FacesRenderer(componentFamily = UIMessages.COMPONENT_FAMILY, rendererType = ShellMessagesRenderer.RENDERER_TYPE)
public class ShellMessagesRenderer extends Renderer {

    static final String RENDERER_TYPE = "org.mutualportal.ShellMessages";

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UIMessages messages = (UIMessages) component;
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", component);
        // Always written, even empty: an Ajax update of ":messages" needs the element in the page.
        writer.writeAttribute("id", component.getClientId(context), "id");
        writer.writeAttribute("class", "ui-messages ui-widget portal-messages", null);
        writer.writeAttribute("aria-live", "polite", null);
        if (messages.isRendered()) {
            for (Map.Entry<String, List<String>> group : bySeverity(context, messages).entrySet()) {
                String severity = group.getKey();
                writer.startElement("div", null);
                writer.writeAttribute("class", "ui-messages-" + severity + " ui-corner-all", null);
                writer.startElement("span", null);
                writer.writeAttribute("class", "ui-messages-" + severity + "-icon", null);
                writer.writeAttribute("aria-hidden", "true", null);
                writer.endElement("span");
                writer.startElement("ul", null);
                for (String summary : group.getValue()) {
                    writer.startElement("li", null);
                    writer.startElement("span", null);
                    writer.writeAttribute("class", "ui-messages-" + severity + "-summary", null);
                    writer.writeText(summary, null);
                    writer.endElement("span");
                    writer.endElement("li");
                }
                writer.endElement("ul");
                writer.endElement("div");
            }
        }
        writer.endElement("div");
    }

    /** The summaries to show, grouped as PrimeFaces groups them: info, warn, error, fatal, each once. */
    private static Map<String, List<String>> bySeverity(FacesContext context, UIMessages messages) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String severity : List.of("info", "warn", "error", "fatal")) {
            groups.put(severity, new ArrayList<>());
        }
        Iterator<FacesMessage> all = messages.isGlobalOnly() ? context.getMessages(null) : context.getMessages();
        while (all.hasNext()) {
            FacesMessage message = all.next();
            if (message.isRendered() && !messages.isRedisplay()) {
                continue;
            }
            message.rendered();
            List<String> group = groups.get(severity(message.getSeverity()));
            if (!group.contains(message.getSummary())) {
                group.add(message.getSummary());
            }
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static String severity(FacesMessage.Severity severity) {
        if (FacesMessage.SEVERITY_FATAL.equals(severity)) {
            return "fatal";
        }
        if (FacesMessage.SEVERITY_ERROR.equals(severity)) {
            return "error";
        }
        return FacesMessage.SEVERITY_WARN.equals(severity) ? "warn" : "info";
    }
}
