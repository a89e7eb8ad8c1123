package org.mutualportal.core.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;

/**
 * Puts {@link NonceFormRenderer} in front of the HTML render kit's form renderer once, when the application starts
 * (declared in the core's {@code faces-config.xml}): every {@code h:form} of the shell and of the modules gets it,
 * without a tag of its own.
 */
public class NonceFormRegistration implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        RenderKitFactory kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit html = kits.getRenderKit(FacesContext.getCurrentInstance(), RenderKitFactory.HTML_BASIC_RENDER_KIT);
        var form = html.getRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form");
        if (form != null && !(form instanceof NonceFormRenderer)) {
            html.addRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form", new NonceFormRenderer(form));
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
