package org.mutualportal.documents.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The portal with this module switched off by configuration — for the registry, the same as a WAR without
 * its JAR (the core's own CoreShellIT checks a WAR without it): the portal runs, the toolbar shows
 * "Documents (à venir)" again and every page and download of the module answers 404.
 */
@PortalTest
@RunAsClient
class DocumentsSwitchedOffIT {

    private static final String PASSWORD = "Vacances-Ete2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.modules.documents.enabled", "false")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePortalRunsWithDocumentsComingSoonAndTheModulesAddressesAreNotFound() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created member = members.individual("Bertin", "Sacha", LocalDate.of(1990, 7, 7));
        String login = "sacha-" + System.nanoTime() + "@example.fr";
        members.account(member.memberId(), login, PASSWORD);
        WebClient browser = new WebClient(URI.create(base.toString()));

        Page home = browser.login(login, PASSWORD);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().select("#toolbar-DOCUMENTS").text()).isEqualTo("Documents (à venir)");
        assertThat(home.html().select("#toolbar-DOCUMENTS a")).isEmpty();
        for (String path : List.of("documents/index.xhtml", "documents/attestation.xhtml", "documents/card.xhtml",
                "documents/new-card.xhtml", "documents/download/carte-tiers-payant.pdf", "documents/download/attestation-1.pdf")) {
            assertThat(browser.get(path).status()).as(path).isEqualTo(404);
        }
    }
}
