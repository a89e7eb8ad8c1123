package org.mutualportal.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;

class ModuleCatalogTest {

    @Test
    void ordersModulesByOrderThenId() {
        ModuleCatalog catalog = ModuleCatalog.of(List.of(module("zeta", 10), module("alpha", 20), module("beta", 10)));

        assertThat(catalog.modules()).extracting(PortalModule::id).containsExactly("beta", "zeta", "alpha");
    }

    @Test
    void refusesTwoModulesWithTheSameIdNamingBothClasses() {
        assertThatThrownBy(() -> ModuleCatalog.of(List.of(module("contact", 10), new OtherContact())))
                .isInstanceOf(ModuleConfigurationException.class)
                .hasMessageContaining("Two modules have the id 'contact'")
                .hasMessageContaining(OtherContact.class.getName());
    }

    @Test
    void refusesMalformedAndReservedIds() {
        assertThatThrownBy(() -> ModuleCatalog.of(List.of(module("Bad Id", 1))))
                .hasMessageContaining("'Bad Id'");
        assertThatThrownBy(() -> ModuleCatalog.of(List.of(module("admin", 1))))
                .hasMessageContaining("reserves");
    }

    @Test
    void refusesMenuEntriesOutsideTheModulesPages() {
        PortalModule sneaky = new TestModule("faq", 1) {
            @Override
            public List<MenuEntry> menuEntries() {
                return List.of(MenuEntry.of(Placement.HEALTH, "x", "/reimbursements/index.xhtml"));
            }
        };

        assertThatThrownBy(() -> ModuleCatalog.of(List.of(sneaky)))
                .hasMessageContaining("outside its pages");
    }

    @Test
    void refusesARequestTypeClaimedByTwoModules() {
        PortalModule first = withRequestType("account", "shared.code");
        PortalModule second = withRequestType("contract", "shared.code");

        assertThatThrownBy(() -> ModuleCatalog.of(List.of(first, second)))
                .hasMessageContaining("'shared.code' is declared by both");
    }

    @Test
    void findsTheModuleOwningAPath() {
        ModuleCatalog catalog = ModuleCatalog.of(List.of(module("faq", 1), module("contact", 2)));

        assertThat(catalog.owner("/faq/index.xhtml")).map(PortalModule::id).contains("faq");
        assertThat(catalog.owner("/public/faq/index.xhtml")).map(PortalModule::id).contains("faq");
        assertThat(catalog.owner("/api/contact/attachments/1")).map(PortalModule::id).contains("contact");
        assertThat(catalog.owner("/api/v1/faq/questions")).map(PortalModule::id).contains("faq");
        assertThat(catalog.owner("/api/v1/members")).as("a core resource of the API").isEmpty();
        assertThat(catalog.owner("/faqs/index.xhtml")).isEmpty();
        assertThat(catalog.owner("/home.xhtml")).isEmpty();
        assertThat(catalog.owner("/")).isEmpty();
    }

    @Test
    void refusesAModuleIdThatLooksLikeAnApiVersion() {
        assertThatThrownBy(() -> ModuleCatalog.of(List.of(module("v2", 1))))
                .hasMessageContaining("'v2'");
    }

    @Test
    void indexesRequestTypesWithTheirModule() {
        ModuleCatalog catalog = ModuleCatalog.of(List.of(withRequestType("contact", "contact.message")));

        assertThat(catalog.requestType("contact.message")).hasValueSatisfying(t -> {
            assertThat(t.module().id()).isEqualTo("contact");
            assertThat(t.type().processingDays()).isEqualTo(2);
        });
    }

    private static PortalModule module(String id, int order) {
        return new TestModule(id, order);
    }

    private static PortalModule withRequestType(String id, String code) {
        return new TestModule(id, 1) {
            @Override
            public List<RequestType> requestTypes() {
                return List.of(new RequestType(code, "label", 2, false));
            }
        };
    }

    static class TestModule implements PortalModule {
        private final String id;
        private final int order;

        TestModule(String id, int order) {
            this.id = id;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String bundle() {
            return "test.messages";
        }

        @Override
        public int order() {
            return order;
        }
    }

    static class OtherContact extends TestModule {
        OtherContact() {
            super("contact", 5);
        }
    }
}
