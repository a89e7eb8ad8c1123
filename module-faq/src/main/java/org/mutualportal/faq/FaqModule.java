package org.mutualportal.faq;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The faq module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class FaqModule implements PortalModule {

    public static final String ID = "faq";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.faq.i18n.messages";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.FOLLOW_UP, "menu.faq", "/faq/index.xhtml").order(10));
    }
}
