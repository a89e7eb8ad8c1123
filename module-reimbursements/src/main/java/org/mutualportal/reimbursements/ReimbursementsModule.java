package org.mutualportal.reimbursements;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The reimbursements module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class ReimbursementsModule implements PortalModule {

    public static final String ID = "reimbursements";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.reimbursements.i18n.messages";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.search", "/reimbursements/index.xhtml").order(10));
    }
}
