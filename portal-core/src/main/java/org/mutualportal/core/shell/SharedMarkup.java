package org.mutualportal.core.shell;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@code <portal:shared key="…">}: markup that is the same for every user with the same key, rendered once
 * and then written out as it is — the toolbar, whose menus depend only on the user's roles and on which
 * modules are on, and cost a quarter of the dashboard's rendering when built link by link on every page.
 *
 * <p>The key must name everything the body's output depends on (the shell's {@code menuKey}: roles and enabled
 * modules); the body must hold nothing specific to one user or one view (no form, no client id that matters,
 * no member data). Entries are few (one per role set and module state); the map is emptied past
 * {@value #MAX_ENTRIES} as a guard, never an eviction policy anyone relies on.
 *
 * <p>Once a key has its markup, {@link SharedMarkupHandler} no longer builds the body of a GET at all and
 * hands the markup to the component instead.
 */
@FacesComponent(SharedMarkup.COMPONENT_TYPE)
public class SharedMarkup extends UIComponentBase {

    public static final String COMPONENT_TYPE = "org.mutualportal.SharedMarkup";

    static final int MAX_ENTRIES = 64;

    private static final ConcurrentMap<String, String> RENDERED = new ConcurrentHashMap<>();

    /** The markup given when the view was built without the body; not state: each build gives it again. */
    private String markup;

    /** The markup rendered for this key, or null when no view has rendered it yet. */
    static String rendered(String key) {
        return RENDERED.get(key);
    }

    void useMarkup(String markup) {
        this.markup = markup;
    }

    @Override
    public String getFamily() {
        return "org.mutualportal";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String key = String.valueOf(getAttributes().get("key"));
        String shared = RENDERED.get(key);
        if (shared == null && getChildCount() == 0) {
            // Built without the body, and the cache emptied since: the markup handed over at build time. Never
            // cached from here: without a body there is nothing to render for the key.
            writer.write(markup == null ? "" : markup);
            return;
        }
        if (shared == null) {
            shared = render(context, writer);
            if (RENDERED.size() >= MAX_ENTRIES) {
                RENDERED.clear();
            }
            RENDERED.put(key, shared);
        }
        writer.write(shared);
    }

    private String render(FacesContext context, ResponseWriter writer) throws IOException {
        StringWriter buffer = new StringWriter(4096);
        // Close a start tag the writer may still hold open before the body goes elsewhere.
        writer.write("");
        context.setResponseWriter(writer.cloneWithWriter(buffer));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            context.getResponseWriter().flush();
        } finally {
            context.setResponseWriter(writer);
        }
        return buffer.toString();
    }
}
