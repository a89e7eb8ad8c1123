package org.mutualportal.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The contact module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class ContactModule implements PortalModule {

    public static final String ID = "contact";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.contact.i18n.messages";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.FOLLOW_UP, "menu.history", "/contact/index.xhtml").order(20));
    }
}
