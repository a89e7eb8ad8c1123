package org.mutualportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The account module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class AccountModule implements PortalModule {

    public static final String ID = "account";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.account.i18n.messages";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.ACCOUNT, "menu.account", "/account/index.xhtml").order(10),
                MenuEntry.of(Placement.SITUATION, "menu.coordinates", "/account/index.xhtml").order(10).guarded(),
                MenuEntry.of(Placement.PUBLIC, "menu.register", "/public/account/register.xhtml").order(10));
    }
}
