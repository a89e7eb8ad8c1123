package org.mutualportal.reimbursements.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.core.testing.ApiCalls.assertReport;
import static org.mutualportal.core.testing.ApiCalls.rejections;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.TestMailServer;

/**
 * The payments import ({@code POST /api/v1/reimbursements/payments}) on Payara Micro with PostgreSQL, called over
 * HTTP with the system client's credentials as the management system calls it: create, update, replay, invalid
 * records, atomic batches, the "new reimbursement" e-mail sent exactly once (GreenMail), and a batch of
 * 10 000 payments of three lines each, timed.
 */
@PortalTest
class PaymentsImportIT {

    private static final String PASSWORD = "Printemps-Fleur2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, ApiCalls.class, ApiCalls.Answer.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    /** A membership with its member and two more beneficiaries, and their external ids. */
    private record Family(Created member, String membership, String self, String child, String spouse) {
    }

    @Test
    void paymentsAreCreatedReplayedAndReplacedWithTheirLines() {
        Family family = family(db(), "Aubert");
        String id = "IT-PAI-" + UUID.randomUUID();
        String professional = "IT-PAI-" + UUID.randomUUID();
        String batch = "[" + payment(id, family, "MEMBER", "39.00", line(family.child(), "39.00")) + ","
                + payment(professional, family, "PROFESSIONAL", "18.00", line(family.self(), "10.00"),
                        line(family.spouse(), "8.00")) + "]";

        JsonObject created = post(batch).object();
        long paymentId = db().count("select id from reimb_payment where external_id = ?", id);
        JsonObject replay = post(batch).object();
        JsonObject changed = post("[" + payment(id, family, "MEMBER", "45.00", line(family.child(), "39.00"),
                line(family.self(), "6.00")) + "]").object();

        assertReport(created, 2, 2, 0, 0, 0);
        assertThat(db().text("select payee_name from reimb_payment where external_id = ?", professional))
                .isEqualTo("Pharmacie du Vieux-Port");
        assertThat(db().count("select count(*) from reimb_line l join reimb_payment p on p.id = l.payment_id "
                + "where p.external_id = ?", professional)).isEqualTo(2);
        assertThat(db().text("select beneficiary_name from reimb_line where payment_id = ? and line_number = 1", paymentId))
                .as("the beneficiary's name at the time of payment").isEqualTo("Jade AUBERT");
        assertThat(db().text("select base_amount || '|' || ss_rate || '|' || guarantee_label || '|' || guarantee_basis "
                + "|| '|' || guarantee_value from reimb_line where payment_id = ? and line_number = 1", paymentId))
                .isEqualTo("30.00|70.00|Consultations spécialistes|PERCENT_OF_BASE|200.00");
        assertReport(replay, 2, 0, 0, 2, 0);
        assertReport(changed, 1, 0, 1, 0, 0);
        assertThat(db().count("select id from reimb_payment where external_id = ?", id)).as("same row, same id")
                .isEqualTo(paymentId);
        assertThat(db().text("select amount from reimb_payment where id = ?", paymentId)).isEqualTo("45.00");
        assertThat(db().count("select count(*) from reimb_line where payment_id = ?", paymentId)).isEqualTo(2);
    }

    @Test
    void invalidPaymentsAreRefusedOneByOneAndAnAtomicBatchEntirely() {
        Family family = family(db(), "Benoit");
        Family stranger = family(db(), "Carre");
        String good = "IT-PAI-" + UUID.randomUUID();
        String batch = "[" + payment(good, family, "MEMBER", "39.00", line(family.child(), "39.00")) + ","
                + payment("IT-PAI-" + UUID.randomUUID(), family, "MEMBER", "50.00", line(family.child(), "39.00")) + ","
                + payment("IT-PAI-" + UUID.randomUUID(), family, "PROFESSIONAL", "39.00", line(stranger.child(), "39.00"))
                        .replace(",\"payeeName\":\"Pharmacie du Vieux-Port\"", "") + ","
                + payment("IT-PAI-" + UUID.randomUUID(), family, "MEMBER", "39.00", line(stranger.child(), "39.00")) + ","
                + "{\"externalId\":\"IT-PAI-NOLINE\",\"membership\":\"" + family.membership()
                + "\",\"paymentDate\":\"2026-02-30\",\"mode\":\"CASH\",\"amount\":-1,\"payee\":\"MEMBER\",\"lines\":[]}]";

        Answer partial = post(batch);
        String atomicGood = "IT-PAI-" + UUID.randomUUID();
        Answer atomic = ApiCalls.from(request).post("api/v1/reimbursements/payments?atomic=true", "[" + payment(atomicGood, family,
                "MEMBER", "39.00", line(family.child(), "39.00")) + "," + payment("IT-PAI-" + UUID.randomUUID(), family,
                "MEMBER", "39.00", line(stranger.child(), "39.00")) + "]");

        assertThat(partial.status()).isEqualTo(200);
        assertReport(partial.object(), 5, 1, 0, 0, 4);
        assertThat(rejections(partial.object())).contains(
                "1|amount|Le montant du paiement (50.00) n'est pas la somme des parts mutuelle de ses lignes (39.00).",
                "2|payeeName|Nom du professionnel obligatoire pour un paiement en tiers payant.",
                "3|lines[0].beneficiary|Le bénéficiaire " + stranger.child() + " n'est pas couvert par l'adhésion "
                        + family.membership() + ".",
                "4|paymentDate|Date attendue au format AAAA-MM-JJ.",
                "4|amount|Le montant ne peut pas être négatif.",
                "4|lines|Au moins un élément est attendu.");
        assertThat(rejections(partial.object())).anyMatch(r -> r.startsWith("4|mode|Valeur « CASH » inconnue"));
        assertThat(db().count("select count(*) from reimb_payment where external_id = ?", good)).isOne();
        assertThat(atomic.status()).isEqualTo(422);
        assertThat(atomic.object().getBoolean("applied")).isFalse();
        assertThat(db().count("select count(*) from reimb_payment where external_id = ?", atomicGood)).isZero();
    }

    @Test
    @RunAsClient
    void anImportedPaymentMailsASubscribedMemberExactlyOnce() throws Exception {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Family subscribed = family(members, "Dumont");
        Family silent = family(members, "Esnault");
        String login = "dumont-" + System.nanoTime() + "@example.fr";
        String silentLogin = "esnault-" + System.nanoTime() + "@example.fr";
        members.account(subscribed.member().memberId(), login, PASSWORD);
        members.account(silent.member().memberId(), silentLogin, PASSWORD);
        members.execute("insert into member_subscription (member_id, topic, created_at) values (?, 'reimbursements', now())",
                subscribed.member().memberId());
        String batch = "[" + payment("IT-PAI-" + UUID.randomUUID(), subscribed, "MEMBER", "39.00",
                line(subscribed.child(), "39.00")) + ","
                + payment("IT-PAI-" + UUID.randomUUID(), silent, "MEMBER", "39.00", line(silent.child(), "39.00")) + "]";

        Answer first = fromOutside().post("api/v1/reimbursements/payments", batch);
        var mails = TestMailServer.awaitMessages(login, 1, Duration.ofSeconds(60));
        Answer replay = fromOutside().post("api/v1/reimbursements/payments", batch);
        // The outbox sends every few seconds: a second mail, if there were one, would come within a few rounds.
        TestMailServer.assertMessageCountStays(login, 1, Duration.ofSeconds(8));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("\"created\":2");
        assertThat(replay.body()).contains("\"unchanged\":2");
        assertThat(TestMailServer.messagesTo(login)).as("exactly one mail, replay included").hasSize(1);
        assertThat(TestMailServer.text(mails.get(0))).contains("Un nouveau remboursement est disponible")
                .doesNotContain("39,00", "Consultation");
        assertThat(members.count("select count(*) from outbox_mail where recipient = ?", login)).isOne();
        assertThat(TestMailServer.messagesTo(silentLogin)).as("not subscribed").isEmpty();
        assertThat(members.count("select count(*) from outbox_mail where recipient = ?", silentLogin)).isZero();
    }

    @Test
    @RunAsClient
    void theApiAndItsDocumentationIncludeThePaymentsResource() throws Exception {
        Answer anonymous = ApiCalls.at(URI.create(base.toString()), null, null).post("api/v1/reimbursements/payments", "[]");
        Answer openapi = ApiCalls.at(URI.create(base.toString()).resolve("/"), null, null).get("openapi");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(openapi.body()).contains("/api/v1/reimbursements/payments", "PaymentLine", "baseAmount", "ssRate",
                "guaranteeBasis");
    }

    @Test
    @RunAsClient
    void tenThousandPaymentsOfThreeLinesAreImportedInOneCall() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Family family = family(members, "Volume");
        String prefix = "IT-VOL-" + UUID.randomUUID() + "-";
        StringBuilder batch = new StringBuilder(20_000_000).append('[');
        for (int i = 0; i < 10_000; i++) {
            if (i > 0) {
                batch.append(',');
            }
            batch.append(payment(prefix + i, family, i % 3 == 0 ? "PROFESSIONAL" : "MEMBER", "39.00",
                    line(family.self(), "10.00"), line(family.child(), "15.00"), line(family.spouse(), "14.00")));
        }
        String body = batch.append(']').toString();

        long start = System.nanoTime();
        Answer first = fromOutside().post("api/v1/reimbursements/payments", body);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Answer replay = fromOutside().post("api/v1/reimbursements/payments", body);
        long replayMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PERF payments import: 10000 payments x 3 lines, %d bytes: first %d ms, replay %d ms%n",
                body.length(), firstMillis, replayMillis);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"created\":10000", "\"rejectedRecords\":0");
        assertThat(replay.body()).contains("\"unchanged\":10000", "\"created\":0", "\"updated\":0");
        assertThat(members.count("select count(*) from reimb_line l join reimb_payment p on p.id = l.payment_id "
                + "where p.external_id like ?", prefix + "%")).isEqualTo(30_000);
        assertThat(firstMillis).as("10 000 payments in one call, comfortably").isLessThan(60_000);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private TestMembers db() {
        return TestMembers.in(portalDatabase != null ? portalDatabase : EmbeddedDatabase.dataSource());
    }

    /** A family whose beneficiaries the lines can name: the member, a child (Jade) and a spouse. */
    private static Family family(TestMembers members, String lastName) {
        Created member = members.individual(lastName, "Paul", LocalDate.of(1980, 5, 17));
        String membership = members.text("select external_id from membership where id = ?", member.membershipId());
        String self = members.text("select external_id from beneficiary where id = ?", member.beneficiaryId());
        String child = "IT-BEN-" + UUID.randomUUID();
        String spouse = "IT-BEN-" + UUID.randomUUID();
        members.execute("""
                insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship, start_date)
                values (?, ?, ?, 'Jade', date '2014-03-03', 'CHILD', date '2020-01-01'),
                       (?, ?, ?, 'Lina', date '1982-07-07', 'SPOUSE', date '2020-01-01')""",
                child, member.membershipId(), lastName, spouse, member.membershipId(), lastName);
        return new Family(member, membership, self, child, spouse);
    }

    private static String payment(String id, Family family, String payee, String amount, String... lines) {
        return "{\"externalId\":\"" + id + "\",\"membership\":\"" + family.membership() + "\",\"paymentDate\":\"2026-03-12\","
                + "\"mode\":\"TRANSFER\",\"amount\":\"" + amount + "\",\"payee\":\"" + payee + "\""
                + ("PROFESSIONAL".equals(payee) ? ",\"payeeName\":\"Pharmacie du Vieux-Port\"" : "")
                + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String line(String beneficiary, String mutual) {
        return "{\"beneficiary\":\"" + beneficiary + "\",\"actCode\":\"CS\",\"actLabel\":\"Consultation spécialiste\","
                + "\"careStart\":\"2026-03-02\",\"careEnd\":\"2026-03-02\",\"expense\":80.00,\"baseAmount\":30,"
                + "\"ssRate\":70,\"ssAmount\":19.00,\"ssDeductible\":2,\"mutualAmount\":" + mutual + ","
                + "\"guaranteeLabel\":\"Consultations spécialistes\",\"guaranteeBasis\":\"PERCENT_OF_BASE\","
                + "\"guaranteeValue\":200}";
    }

    private Answer post(String json) {
        return ApiCalls.from(request).post("api/v1/reimbursements/payments", json);
    }

    /** The API as the management system reaches it from the test JVM. */
    private ApiCalls fromOutside() {
        return ApiCalls.asClient(URI.create(base.toString()));
    }

}
