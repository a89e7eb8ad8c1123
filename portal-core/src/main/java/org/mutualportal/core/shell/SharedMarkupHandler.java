package org.mutualportal.core.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@code <portal:shared>}'s body only while its key has no markup yet. Rendering the toolbar from the
 * cache was not enough: its body was still built into components on every request (the {@code ui:repeat}s, the
 * links, the text) and then left unrendered, 25 to 55 kB of the 570 kB a signed-in page allocated.
 *
 * <p>Only on a GET. On a postback the view is built before the action runs, and an action may change what the
 * key stands for (roles, module switches): the body is then built and the key read at render time, as before.
 * Tag handlers inside the body (a {@code c:if}, an {@code f:event}) run only when the body is built.
 *
 * <p>And only once this JVM has built the page with its body. Mojarra names components without an id after an
 * alias of their tag ({@code j_idt24}), given in the order a page's tags are first met on this JVM and kept for
 * good: had a page's first build skipped the body, the tags after it would get other aliases here than on an
 * instance whose first build had the body, and a view posted to the other instance of a cluster would be
 * restored onto the wrong components (ClusterIT: a FAQ vote answered 500). Built once with the body, every later
 * build gives the same ids, body or not, on every instance.
 */
public class SharedMarkupHandler extends ComponentHandler {

    /** The pages this JVM has built with the body: their tags' aliases are given in the natural order. */
    private static final Set<String> BUILT_WITH_BODY = ConcurrentHashMap.newKeySet();

    private final TagAttribute key;

    public SharedMarkupHandler(ComponentConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        FacesContext faces = context.getFacesContext();
        String page = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        String markup = faces.isPostback() || page == null || !BUILT_WITH_BODY.contains(page) ? null
                : SharedMarkup.rendered(key.getValue(context));
        if (markup == null) {
            super.applyNextHandler(context, component);
            if (page != null) {
                BUILT_WITH_BODY.add(page);
            }
        } else {
            // Kept on the component, not looked up again when rendering: the cache may be emptied in between.
            ((SharedMarkup) component).useMarkup(markup);
        }
    }
}
