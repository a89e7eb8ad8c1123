package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;

/**
 * Lean pages (docs/performance.md): a page without a PrimeFaces widget references none of PrimeFaces' scripts nor
 * its theme — the shell itself must never bring them back — and a page with widgets still gets everything they need.
 */
@ExtendWith(PortalServer.class)
class LeanPagesIT {

    @Test
    void pagesWithoutAWidgetLoadNoPrimeFacesScriptNorTheme() {
        WebClient member = PortalServer.client();
        member.login("marie.leroy@example.fr", "Adherent#2026");

        for (Document page : List.of(PortalServer.client().get("index.xhtml").html(), member.get("home.xhtml").html(),
                member.get("contract/index.xhtml").html())) {
            assertThat(resources(page)).as(page.title()).anyMatch(r -> r.contains("css/portal.css"))
                    .noneMatch(r -> r.contains("ln=primefaces") && !r.contains("primeicons"))
                    .noneMatch(r -> r.contains("theme.css")).noneMatch(r -> r.contains("locale-"));
            assertThat(page.select("script:not([src])").html()).as(page.title()).doesNotContain("settings");
            assertThat(page.select("#messages.ui-messages")).as("the global messages' place").hasSize(1);
        }
    }

    @Test
    void pagesWithWidgetsKeepPrimeFacesAndItsTheme() {
        Document login = PortalServer.client().get("login.xhtml").html();

        assertThat(resources(login)).anyMatch(r -> r.contains("theme.css"))
                .anyMatch(r -> r.contains("components.js")).anyMatch(r -> r.contains("core.js"));
        assertThat(resources(login)).anyMatch(r -> r.contains("locale-fr.js"));
        assertThat(login.select("script:not([src])").html()).contains("pf.settings=");
    }

    private static List<String> resources(Document page) {
        return page.select("script[src], link[rel=stylesheet]").stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .toList();
    }
}
