package org.mutualportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;

/**
 * The account module: "Créer mon espace" and its activation, forgotten password, and "Mon compte"
 * (coordinates, family situation, subscriptions, login, password, deletion, data export). Sign-in itself is
 * the core's, so that staff can sign in even with this module off.
 */
@ApplicationScoped
public class AccountModule implements PortalModule {

    /** The module's messages: every class of the module reads its texts from here. */
    public static final String BUNDLE = "org.mutualportal.account.i18n.messages";

    public static final String ID = "account";

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
        return 10;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.ACCOUNT, "menu.account", "/account/index.xhtml").order(10),
                MenuEntry.of(Placement.SITUATION, "menu.coordinates", "/account/coordinates.xhtml").order(10).guarded(),
                MenuEntry.of(Placement.SITUATION, "menu.address", "/account/address.xhtml").order(20).guarded(),
                MenuEntry.of(Placement.REGISTRATION, "menu.create-space", "/public/account/register.xhtml"),
                MenuEntry.of(Placement.PUBLIC, "menu.register", "/public/account/register.xhtml").order(10),
                MenuEntry.of(Placement.PUBLIC, "menu.forgotten", "/public/account/forgotten-password.xhtml").order(20),
                MenuEntry.of(Placement.ADMIN, "menu.admin.accounts", "/account/admin/accounts.xhtml").order(10));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(
                new RequestType("account.address", "request.type.account.address", 5, true),
                new RequestType("account.contact", "request.type.account.contact", 5, true),
                new RequestType("account.family", "request.type.account.family", 10, true));
    }
}
