package fr.mutuelle.prevoyance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * "Ma prévoyance": the member's income-protection and death covers as the management system sends them, and a
 * request to designate the beneficiaries of the death capital (the clause bénéficiaire). The one type the
 * portal looks for; everything else of the module follows from its id.
 */
@ApplicationScoped
public class PrevoyanceModule implements PortalModule {

    public static final String ID = "prevoyance";
    public static final String BUNDLE = "fr.mutuelle.prevoyance.messages";

    /** The request a member sends to designate the beneficiaries of their death capital. */
    public static final String CLAUSE_REQUEST = "prevoyance.clause";

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
        return 200;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of(Placement.CONTRACT, "menu.covers", "/prevoyance/index.xhtml").order(60));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.RIGHT, "/WEB-INF/prevoyance/widget.xhtml", 50));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType(CLAUSE_REQUEST, "request.clause", 10, true));
    }
}
