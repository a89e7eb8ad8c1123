package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;

/** A module that configuration switches off in the core's tests ({@code portal.modules.ghost.enabled=false}). */
@ApplicationScoped
public class GhostModule implements PortalModule {

    @Override
    public String id() {
        return "ghost";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.core.sample.messages";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of(Placement.CONTRACT, "menu.ghost", "/ghost/index.xhtml"));
    }
}
