package org.mutualportal.reimbursements;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * "Mes remboursements santé": the last payments on the dashboard, the searches of the Consultation and
 * Remboursements aux tiers tabs, payment details with "Pourquoi ce montant ?", PDF statements and CSV
 * exports, and the RIB tab.
 */
@ApplicationScoped
public class ReimbursementsModule implements PortalModule {

    /** The module's messages: every class of the module reads its texts from here. */
    public static final String BUNDLE = "org.mutualportal.reimbursements.i18n.messages";

    public static final String ID = "reimbursements";

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
        return 20;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.search", "/reimbursements/search.xhtml").order(10),
                MenuEntry.of(Placement.HEALTH, "menu.thirdParty", "/reimbursements/third-party.xhtml").order(20),
                MenuEntry.of(Placement.HEALTH, "menu.rib", "/reimbursements/rib.xhtml").order(30));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.MAIN, "/WEB-INF/reimbursements/last-payments.xhtml", 10));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType("reimbursements.rib", "request.type.rib", 10, true));
    }
}
