package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.account.it.AccountLinks.unique;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.PasswordWork;
import org.mutualportal.core.testing.ShiftedClock;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * "Créer mon espace" and "Mot de passe oublié" under the per-source limits (API 1.2's SourceAttempts), with low
 * thresholds so that a handful of attempts cross them (5 failures slow an address down, 8 refuse it): one address
 * trying cards or addresses is refused with the French message and HTTP 429 before any check — no password
 * hashed, no mail sent — while another address goes on. The portal trusts 127.0.0.1 as its proxy, so the tests
 * speak for other addresses through {@code X-Forwarded-For}. In the container: the clock and the metrics are its own.
 */
@PortalTest
class SourceAttemptsIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final String MISMATCH = "Les informations saisies ne correspondent pas à celles de votre carte d'adhérent.";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(PasswordWork.class, ShiftedClock.class, TestMembers.class, TestMembers.Created.class, AccountLinks.class)
                .withConfig("portal.security.trusted-proxies", "127.0.0.1,::1")
                .withConfig("portal.security.source.slow-after", "5")
                .withConfig("portal.security.source.refuse-after", "8")
                .build();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    @Inject
    MetricRegistry metrics;

    @AfterEach
    void resetClock() {
        ShiftedClock.reset();
    }

    @Test
    void cardChecksFromOneAddressAreRefusedUncheckedAndAnotherAddressRegisters() {
        TestMembers db = TestMembers.in(portalDatabase);
        Created ines = db.individual("Roux", "Inès", LocalDate.of(1991, 3, 14));
        List<Page> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ShiftedClock.shift(Duration.ofSeconds(3L * i));
            answers.add(registration(client("198.18.40.7"), "99" + (10_000 + i), "Roux", "Inès", "14/03/1991"));
        }
        assertThat(answers.subList(0, 8)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().select(".ui-messages").text()).contains(MISMATCH);
        });
        Page refused = answers.get(8);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.html().select(".ui-messages").text()).contains("Trop de tentatives depuis votre connexion internet",
                "suspendus");

        double work = passwordWork();
        Page rightData = registration(client("198.18.40.7"), ines.membershipNumber(), "Roux", "Inès", "14/03/1991");
        assertThat(rightData.status()).as("even the right card, unchecked").isEqualTo(429);
        assertThat(passwordWork() - work).as("no password hashed for a refused attempt").isZero();

        WebClient elsewhere = client("198.51.100.40");
        Page sent = elsewhere.follow(registration(elsewhere, ines.membershipNumber(), "Roux", "Inès", "14/03/1991"));
        assertThat(sent.uri().getPath()).as("another address").endsWith("/public/account/register-sent.xhtml");
    }

    @Test
    void resetRequestsFromOneAddressAreRefusedWithoutMailWhileAnotherAddressGetsItsLink() {
        TestMembers db = TestMembers.in(portalDatabase);
        Created hugo = db.individual("Marchand", "Hugo", LocalDate.of(1975, 7, 1));
        String login = unique("hugo");
        db.account(hugo.memberId(), login, PASSWORD);
        for (int i = 0; i < 8; i++) {
            ShiftedClock.shift(Duration.ofSeconds(3L * i));
            assertThat(forgotten(client("198.18.41.9"), unique("inconnu")).status()).isEqualTo(200);
        }
        long mails = db.count("select count(*) from outbox_mail where recipient = ?", login);

        Page refused = forgotten(client("198.18.41.9"), login);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().select(".ui-messages").text()).contains("Trop de tentatives depuis votre connexion internet");
        assertThat(db.count("select count(*) from outbox_mail where recipient = ?", login)).as("no link sent").isEqualTo(mails);
        assertThat(forgotten(client("198.51.100.41"), login).status()).isEqualTo(200);
        assertThat(db.count("select count(*) from outbox_mail where recipient = ?", login)).as("sent from elsewhere")
                .isEqualTo(mails + 1);
    }

    private WebClient client(String forwardedFor) {
        return new WebClient(URI.create(base.toString())).withHeader("X-Forwarded-For", forwardedFor);
    }

    private static Page registration(WebClient browser, String number, String lastName, String firstName, String birthDate) {
        return browser.get("public/account/register.xhtml").form("register")
                .set("register:number", number).set("register:lastName", lastName)
                .set("register:firstName", firstName).set("register:birthDate", birthDate)
                .set("register:login", unique("ines")).set("register:password", PASSWORD)
                .set("register:confirmation", PASSWORD).submit("register:submit");
    }

    private static Page forgotten(WebClient browser, String login) {
        return browser.get("public/account/forgotten-password.xhtml").form("forgotten")
                .set("forgotten:login", login).submit("forgotten:submit");
    }

    private double passwordWork() {
        return PasswordWork.sofar(metrics);
    }
}
