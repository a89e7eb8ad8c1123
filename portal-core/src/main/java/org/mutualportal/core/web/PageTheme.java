package org.mutualportal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The PrimeFaces theme of the page being rendered ({@code primefaces.THEME = #{pageTheme.name}} in the core's
 * web-fragment.xml): Saga on a page that shows a PrimeFaces widget, none on the others. The theme is 210 kB of CSS
 * for PrimeFaces' widgets; a page built of the portal's own markup (the dashboard, a payment, the contract…) is
 * styled by portal.css alone, which carries the few rules of the theme that reach plain HTML (inputs, selects) so
 * that such a page looks the same either way. A page shows a widget when one of its components declared
 * PrimeFaces' components.css (every widget does, through {@code @ResourceDependency}); the tree is complete when
 * the head is written, which is when PrimeFaces asks for the theme.
 */
@Named
@ApplicationScoped
public class PageTheme {

    static final String THEME = "saga";

    public String getName() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getViewRoot() == null) {
            return THEME;
        }
        return declares(context, "components.css") ? THEME : "none";
    }

    /** Whether a component of the page being rendered declared PrimeFaces' resource {@code name}. */
    static boolean declares(FacesContext context, String name) {
        for (UIComponent resource : context.getViewRoot().getComponentResources(context)) {
            if ("primefaces".equals(resource.getAttributes().get("library"))
                    && name.equals(resource.getAttributes().get("name"))) {
                return true;
            }
        }
        return false;
    }
}
