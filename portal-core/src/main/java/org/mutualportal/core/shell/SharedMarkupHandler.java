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
 * links, the text) and then left unrendered, about a tenth of a signed-in page's allocation.
 */
public class SharedMarkupHandler extends ComponentHandler {

    private final TagAttribute key;

    public SharedMarkupHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        String markup = SharedMarkup.rendered(key.getValue(context));
        if (markup == null) {
            super.applyNextHandler(context, component);
        } else {
            // Kept on the component, not looked up again when rendering: the cache may be emptied in between.
            ((SharedMarkup) component).useMarkup(markup);
        }
    }
}
