package org.mutualportal.faq;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;

/**
 * "La FAQ" of the Suivi section: the mutual's frequently asked questions, readable by members in their space
 * and by anyone on a public page (the landing and login pages link to it), searchable, with a "did this help?"
 * counter per answer; the mutual's staff write, order and publish the questions.
 */
@ApplicationScoped
public class FaqModule implements PortalModule {

    public static final String ID = "faq";
    public static final String BUNDLE = "org.mutualportal.faq.i18n.messages";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.FOLLOW_UP, "menu.faq", "/faq/index.xhtml").order(10),
                MenuEntry.of(Placement.PUBLIC, "menu.public", "/public/faq/index.xhtml").order(50),
                MenuEntry.of(Placement.STAFF, "menu.staff", "/faq/staff/index.xhtml").order(50));
    }
}
