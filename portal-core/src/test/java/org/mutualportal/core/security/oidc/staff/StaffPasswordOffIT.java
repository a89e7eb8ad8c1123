package org.mutualportal.core.security.oidc.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.PasswordWork;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * {@code portal.login.staff-password=false} with a staff provider configured: staff and administrators sign in only
 * through the company's provider, their right password failing exactly as a wrong one (same message, same PBKDF2 work,
 * counted by the portal's metric), while members' passwords keep working. The provider is configured but never
 * reached here: the password path is what is tested ({@code StaffSignInIT} drives the provider). Runs inside the
 * container (the metric is its own), the browsers over real HTTP.
 */
@PortalTest
class StaffPasswordOffIT {

    private static final String PASSWORD = "Collab#Test2026";
    private static final String FAILED = "Identifiant ou mot de passe incorrect.";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(PasswordWork.class, TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.login.staff-password", "false")
                .withConfig("portal.login.otp.roles", "NONE")
                .withConfig("portal.oidc.entreprise.issuer", "http://localhost:9/entreprise")
                .withConfig("portal.oidc.entreprise.client-id", "portal")
                .withConfig("portal.oidc.entreprise.audience", "staff")
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    MetricRegistry metrics;

    @Test
    void aStaffPasswordFailsAsAWrongOneAfterTheSameWorkWhileAMemberSignsIn() {
        TestMembers db = TestMembers.in(dataSource);
        String staff = unique("agent");
        long staffAccount = db.staffAccount(staff, PASSWORD);
        String admin = db.administrator(PASSWORD);
        String memberLogin = unique("adherent");
        db.account(db.individual("Passoff", "Marc", LocalDate.of(1979, 6, 1)).memberId(), memberLogin, PASSWORD);

        WebClient browser = client();
        // The portal's hasher makes its decoy hash when first used: not part of what is compared.
        attempt(browser, unique("inconnu"), PASSWORD);
        long before = PasswordWork.sofar(metrics);
        Page right = attempt(browser, staff, PASSWORD);
        long rightWork = PasswordWork.sofar(metrics) - before;
        Page wrong = attempt(browser, staff, "Autre#Mot2026");
        long wrongWork = PasswordWork.sofar(metrics) - before - rightWork;

        assertThat(right.text()).contains(FAILED);
        assertThat(right.html().select("#login").size()).as("the sign-in form again").isEqualTo(1);
        assertThat(wrong.text()).contains(FAILED);
        assertThat(rightWork).as("the right password: one verification, no rehash").isEqualTo(1).isEqualTo(wrongWork);
        assertThat(browser.get("staff/index.xhtml").status()).as("no session").isEqualTo(302);
        assertThat(db.count("select count(*) from audit_event where action = 'LOGIN_REFUSED_STAFF_PASSWORD_OFF' and target = ?",
                "account:" + staffAccount)).isEqualTo(1);
        assertThat(db.text("select password_hash from web_account where id = ?", staffAccount))
                .as("not rehashed").startsWith("PBKDF2WithHmacSHA256:1024:");

        WebClient administrator = client();
        assertThat(attempt(administrator, admin, PASSWORD).text()).contains(FAILED);
        assertThat(administrator.get("admin/index.xhtml").status()).isEqualTo(302);

        assertThat(client().login(memberLogin, PASSWORD).uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    void theSignInPageSendsCollaboratorsToTheCompanyAccount() {
        Page login = client().get("login.xhtml");

        assertThat(login.html().select("#staff-sso").attr("href")).endsWith("/oidc/entreprise/start");
        assertThat(login.html().select(".login-staff").text())
                .contains("Les collaborateurs de la mutuelle se connectent avec leur compte d'entreprise");
    }

    private static Page attempt(WebClient browser, String login, String password) {
        return browser.get("login.xhtml").form("login").set("login:identifier", login).set("login:password", password)
                .submit("login:submit");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mutuelle.example";
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
