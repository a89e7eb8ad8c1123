package org.mutualportal.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The contract module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class ContractModule implements PortalModule {

    public static final String ID = "contract";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.contract.i18n.messages";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.CONTRACT, "menu.contract", "/contract/index.xhtml").order(10),
                MenuEntry.of(Placement.SITUATION, "menu.change", "/contract/index.xhtml").order(30).guarded());
    }
}
