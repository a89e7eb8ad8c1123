package org.mutualportal.geolocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.Widget;

/**
 * "Géolocalisation" of the guide: members find a health professional around their position or an address,
 * on a list that works without script and a map when tiles load; the dashboard's "Mes outils" card leads
 * there. Administrators load the directory (the RPPS extraction) and the offline postcode table.
 */
@ApplicationScoped
public class GeolocationModule implements PortalModule {

    public static final String ID = "geolocation";
    public static final String BUNDLE = "org.mutualportal.geolocation.i18n.messages";

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
        return 60;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.search", "/geolocation/search.xhtml").order(50),
                MenuEntry.of(Placement.ADMIN, "menu.admin", "/geolocation/admin/import.xhtml").order(60));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.RIGHT, "/WEB-INF/geolocation/tools.xhtml", 20));
    }
}
