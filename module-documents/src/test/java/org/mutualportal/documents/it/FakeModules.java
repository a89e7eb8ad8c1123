package org.mutualportal.documents.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;

/**
 * Stand-ins for other modules, packaged as a module JAR: "contract" offers its table of guarantees under
 * Documents exactly as the real one declares it, "archive" does the same but is disabled by configuration,
 * and "account" is there so that the new-card page links to "Mon compte". Each has the page its entry
 * opens: Faces renders a link to a view that does not exist as plain text.
 */
final class FakeModules {

    static final String BUNDLE = "org.mutualportal.documents.it.fake";

    private FakeModules() {
    }

    static JavaArchive jar() {
        return ShrinkWrap.create(JavaArchive.class, "module-fakes.jar")
                .addClasses(FakeModules.class, StandIn.class, Contract.class, Archive.class, Account.class)
                .addAsResource("fake-modules/org/mutualportal/documents/it/fake.properties",
                        "org/mutualportal/documents/it/fake.properties")
                .addAsManifestResource("fake-modules/META-INF/resources/contract/coverage.xhtml", "resources/contract/coverage.xhtml")
                .addAsManifestResource("fake-modules/META-INF/resources/account/address.xhtml", "resources/account/address.xhtml")
                .addAsManifestResource("fake-modules/beans.xml", "beans.xml");
    }

    /** What the stand-ins share: their labels. */
    abstract static class StandIn implements PortalModule {
        @Override
        public String bundle() {
            return BUNDLE;
        }
    }

    @ApplicationScoped
    public static class Contract extends StandIn {
        @Override
        public String id() {
            return "contract";
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of(MenuEntry.of(Placement.DOCUMENTS, "menu.coverage", "/contract/coverage.xhtml"));
        }
    }

    @ApplicationScoped
    public static class Archive extends StandIn {
        @Override
        public String id() {
            return "archive";
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return List.of(MenuEntry.of(Placement.DOCUMENTS, "menu.archive", "/archive/index.xhtml"));
        }
    }

    @ApplicationScoped
    public static class Account extends StandIn {
        @Override
        public String id() {
            return "account";
        }
    }
}
