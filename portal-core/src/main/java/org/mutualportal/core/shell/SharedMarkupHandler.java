package org.mutualportal.core.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import java.io.IOException;

/**
 * Builds {@code <portal:shared>}'s body only while its key has no markup yet. Rendering the toolbar from the
 * cache was not enough: its body was still built into components on every request (the {@code ui:repeat}s, the
 * links, the text) and then left unrendered, 25 to 55 kB of the 570 kB a signed-in page allocated.
 *
 * <p>Only on a GET. On a postback the view is built before the action runs, and an action may change what the
 * key stands for (roles, module switches): the body is then built and the key read at render time, as before.
 * Tag handlers inside the body (a {@code c:if}, an {@code f:event}) run only when the body is built.
 */
public class SharedMarkupHandler extends ComponentHandler {

    private final TagAttribute key;

    public SharedMarkupHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        String markup = context.getFacesContext().isPostback() ? null : SharedMarkup.rendered(key.getValue(context));
        if (markup == null) {
            super.applyNextHandler(context, component);
        } else {
            // Kept on the component, not looked up again when rendering: the cache may be emptied in between.
            ((SharedMarkup) component).useMarkup(markup);
        }
    }
}
