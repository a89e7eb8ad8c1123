package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/** A module that exists only in the core's tests, packaged as a JAR like a real one. */
@ApplicationScoped
public class SampleModule implements PortalModule {

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.core.sample.messages";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.sample", "/sample/index.xhtml"),
                MenuEntry.of(Placement.SITUATION, "menu.change", "/sample/change.xhtml").guarded(),
                MenuEntry.of(Placement.STAFF, "menu.staff", "/sample/staff/index.xhtml"));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.MAIN, "/WEB-INF/sample/widget.xhtml", 1));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType("sample.change", "request.change", 3, true));
    }
}
