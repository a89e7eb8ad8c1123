package org.mutualportal.geolocation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.core.spi.MenuEntry;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.spi.PortalModule;

/** The geolocation module's descriptor: what it adds to the shell. */
@ApplicationScoped
public class GeolocationModule implements PortalModule {

    public static final String ID = "geolocation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return "org.mutualportal.geolocation.i18n.messages";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.search", "/geolocation/index.xhtml").order(50));
    }
}
