package org.mutualportal.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * Contact and follow-up: writing to the mutual (e-mail form, phone block), "Historique de mes demandes" — the
 * history of every request, whichever module created it — and the staff inbox that answers them.
 */
@ApplicationScoped
public class ContactModule implements PortalModule {

    /** The module's messages: every class of the module reads its texts from here. */
    public static final String BUNDLE = "org.mutualportal.contact.i18n.messages";

    public static final String ID = "contact";

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
        return 40;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.FOLLOW_UP, "menu.history", "/contact/history.xhtml").order(20),
                MenuEntry.of(Placement.FOLLOW_UP, "menu.write", "/contact/write.xhtml").order(30),
                MenuEntry.of(Placement.STAFF, "menu.inbox", "/contact/staff/inbox.xhtml").order(10));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.RIGHT, "/WEB-INF/contact/contact-card.xhtml", 10));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType("contact.message", "request.type.message", 3, false));
    }
}
