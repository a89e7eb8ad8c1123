package org.mutualportal.faq.it;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.spi.PortalModule;

/** Stands for the contact module, whose state decides where the FAQ's "contactez-nous" leads. */
@ApplicationScoped
public class FakeContactModule implements PortalModule {

    @Override
    public String id() {
        return "contact";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.faq.i18n.messages";
    }
}
