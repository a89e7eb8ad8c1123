package org.mutualportal.contact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Suivi shows a request's stage and the management system's reason — in the member's history, on the request's
 * page and on the staff's — and leaves the e-mail about a stage to the module that declared it.
 */
@PortalTest
@RunAsClient
class StagesIT {

    private static final String PASSWORD = "Vacances-Ete2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(ShrinkWrap.create(JavaArchive.class, "module-staged.jar")
                        .addClass(StagedModule.class)
                        .addAsResource("org/mutualportal/contact/it/staged.properties")
                        .addAsManifestResource("META-INF/beans.xml", "beans.xml"))
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .withConfig("portal.login.otp.roles", "ADMIN")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void suiviLinksARequestToThePageItsTypeDeclares() {
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        Asker leo = asker(db, "Léo", "staged.quote", "Devis de 120,00 €");
        long id = leo.requestId();

        WebClient member = new WebClient(URI.create(base.toString()));
        member.login(leo.login(), PASSWORD);
        Page detail = member.get("contact/request.xhtml?id=" + id);

        assertThat(detail.html().select("#module-page").attr("href")).endsWith("/staged/quote.xhtml?ref=" + id);
        assertThat(detail.html().select("#module-page").text()).isEqualTo("Voir le détail de la demande");
    }

    @Test
    void aStageAndItsReasonShowInSuiviAndTheirEmailIsLeftToTheirModule() {
        TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());
        Asker zoe = asker(db, "Zoé", "staged.claim", "Facture de 60,00 €");
        String email = db.text("select email from member where id = ?", zoe.card().memberId());
        long id = zoe.requestId();
        ApiCalls api = ApiCalls.asClient(URI.create(base.toString()));

        assertThat(api.put("api/v1/requests/" + id + "/status",
                "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la facture acquittée.\"}").status()).isEqualTo(200);

        WebClient member = new WebClient(URI.create(base.toString()));
        member.login(zoe.login(), PASSWORD);
        Page history = member.get("contact/history.xhtml");
        assertThat(history.html().select("#list\\:requests_data").text())
                .contains("Facture envoyée", "En cours", "Incomplète : un justificatif manque");
        Page detail = member.get("contact/request.xhtml?id=" + id);
        assertThat(detail.html().select("#stage").text()).isEqualTo("Incomplète : un justificatif manque");
        assertThat(detail.html().select("#stage-reason").text()).isEqualTo("Il manque la facture acquittée.");
        assertThat(detail.html().select("#module-page")).as("its type declares no page").isEmpty();

        String staffLogin = "agent-" + UUID.randomUUID() + "@mutuelle.example";
        db.staffAccount(staffLogin, PASSWORD);
        WebClient staff = new WebClient(URI.create(base.toString()));
        staff.login(staffLogin, PASSWORD);
        Page opened = staff.get("contact/staff/request.xhtml?id=" + id);
        assertThat(opened.html().select("#stage").text()).isEqualTo("Incomplète : un justificatif manque");
        assertThat(opened.html().select("#stage-reason").text()).isEqualTo("Il manque la facture acquittée.");

        // A message written afterwards is the member's first e-mail: none was queued for the stage.
        member.follow(member.get("contact/write.xhtml").form("write").set("write:subject", "Mes remboursements")
                .set("write:message", "Voici ma facture acquittée, envoyée à part.")
                .upload("write:submit", "write:files", Map.of()));
        List<String> subjects = TestMailServer.awaitMessages(email, 1, Duration.ofSeconds(30)).stream()
                .map(TestMailServer::subject).toList();
        assertThat(subjects).containsExactly("Nous avons bien reçu votre message");
    }

    /** A new member with an account, and a request of theirs of the stand-in module waiting for the mutual. */
    private record Asker(Created card, String login, long requestId) {
    }

    private static Asker asker(TestMembers db, String firstName, String type, String summary) {
        Created member = db.individual("Petit", firstName, LocalDate.of(1990, 3, 3));
        String login = "member-" + UUID.randomUUID() + "@example.fr";
        db.account(member.memberId(), login, PASSWORD);
        return new Asker(member, login, db.count("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary, for_management,
                                            created_at, updated_at, estimated_date)
                values (?, ?, ?, 'staged', 'SENT', ?, true, now(), now(), current_date)
                returning id""", member.memberId(), member.membershipId(), type, summary));
    }
}
