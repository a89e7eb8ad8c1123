package org.mutualportal.core.exchange;

import org.awaitility.Awaitility;
import org.mutualportal.api.exchange.BatchReport;
import org.mutualportal.api.exchange.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.core.testing.ApiCalls.assertReport;
import static org.mutualportal.core.testing.ApiCalls.rejections;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.web.NotFoundException;
import jakarta.transaction.UserTransaction;
import org.assertj.core.api.Assertions;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.core.testing.ApiCalls.Answer;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The data-exchange API of the core on Payara Micro with PostgreSQL: authentication of system clients (and
 * refusal of everything else), the kernel's import resources (create, update, replay, invalid records,
 * atomic batches), the request feed (paging, redelivery until acknowledged, out-of-order commits, status
 * changes that reach Suivi, attachments), the module switch on module APIs, the OpenAPI document and the
 * administrators' import page. Most tests call the API over HTTP from inside the container, where JSON-P reads
 * the answers as the management system would.
 */
@PortalTest
class DataExchangeIT {

    private static final String PASSWORD = "Hiver-Neige2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(ProbeModules.jar())
                .withClasses(ApiCalls.class, ApiCalls.Answer.class, StatusChangeProbe.class,
                        TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.api.clients", ApiCalls.clientsConfig())
                .withConfig("portal.modules.mute.enabled", "false")
                .withConfig("portal.login.otp.roles", "NOBODY")
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    HttpServletRequest request;

    @Inject
    StatusChangeProbe probe;

    @Inject
    RequestDesk desk;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    // --- Authentication ----------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void onlyConfiguredSystemClientsReachTheApiAndNoSessionIsCreated() throws Exception {
        URI root = URI.create(base.toString());

        Answer anonymous = ApiCalls.at(root, null, null).get("api/v1/requests");
        Answer wrongSecret = ApiCalls.at(root, ApiCalls.CLIENT, "not-the-secret").get("api/v1/requests");
        Answer unknownClient = ApiCalls.at(root, "intrus", ApiCalls.SECRET).get("api/v1/requests");
        Answer client = ApiCalls.at(root, ApiCalls.CLIENT, ApiCalls.SECRET).get("api/v1/requests");

        for (Answer refused : List.of(anonymous, wrongSecret, unknownClient)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Basic realm=\"portal-api\"");
            assertThat(refused.header("Content-Type")).startsWith("application/json");
            assertThat(refused.body()).contains("Identifiants de client système absents ou incorrects.");
            assertThat(refused.header("Set-Cookie")).isNull();
        }
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.body()).contains("\"items\"");
        assertThat(client.header("Set-Cookie")).as("stateless: no session for API calls").isNull();
    }

    @Test
    @RunAsClient
    void aMembersCredentialsOrSessionNeverOpenTheApi() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        Created lea = members.individual("Garnier", "Léa", LocalDate.of(1990, 1, 2));
        String login = "lea-" + System.nanoTime() + "@example.fr";
        members.account(lea.memberId(), login, PASSWORD);
        URI root = URI.create(base.toString());

        Answer withMemberCredentials = ApiCalls.at(root, login, PASSWORD).get("api/v1/requests");
        WebClient browser = new WebClient(root);
        Page home = browser.login(login, PASSWORD);
        Page withMemberSession = browser.get("api/v1/requests");

        assertThat(withMemberCredentials.status()).isEqualTo(401);
        assertThat(home.status()).as("the member is signed in").isEqualTo(200);
        assertThat(withMemberSession.status()).isEqualTo(401);
        assertThat(withMemberSession.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    @RunAsClient
    void aDisabledModulesApiAnswers404LikeItsPages() {
        ApiCalls api = ApiCalls.at(URI.create(base.toString()), ApiCalls.CLIENT, ApiCalls.SECRET);

        Answer enabled = api.get("api/v1/echo/ping");
        Answer disabled = api.get("api/v1/mute/ping");

        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.body()).isEqualTo("echo");
        assertThat(disabled.status()).isEqualTo(404);
    }

    @Test
    @RunAsClient
    void theOpenApiDocumentDescribesEveryResource() throws Exception {
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/members", "/api/v1/memberships", "/api/v1/beneficiaries",
                "/api/v1/requests", "/api/v1/requests/{id}/ack", "/api/v1/requests/{id}/status",
                "/api/v1/requests/{id}/attachments/{attachmentId}", "/api/v1/echo/ping",
                "BatchReport", "Rejection", "client-systeme", "\"422\"", "\"413\"", "tout ou rien");
    }

    // --- Kernel imports --------------------------------------------------------------------------------------

    @Test
    void membersAreCreatedUpdatedAndReplayedWithoutRewritingUnchangedRows() {
        ApiCalls api = ApiCalls.from(request);
        String a = "IT-ADH-" + UUID.randomUUID();
        String b = "IT-ADH-" + UUID.randomUUID();
        String batch = "[" + member(a, "Durand", "durand@example.fr") + "," + member(b, "Petit", null) + "]";

        JsonObject first = api.post("api/v1/members", batch).object();
        long versionAfterCreate = db().count("select version from member where external_id = ?", a);
        JsonObject replay = api.post("api/v1/members", batch).object();
        long versionAfterReplay = db().count("select version from member where external_id = ?", a);
        JsonObject changed = api.post("api/v1/members",
                "[" + member(a, "Durand", "nouvelle.adresse@example.fr") + "," + member(b, "Petit", null) + "]").object();

        assertReport(first, 2, 2, 0, 0, 0);
        assertReport(replay, 2, 0, 0, 2, 0);
        assertThat(versionAfterReplay).as("a replay rewrites nothing").isEqualTo(versionAfterCreate);
        assertThat(db().count("select version from member where external_id = ?", a)).isEqualTo(versionAfterCreate + 1);
        assertReport(changed, 2, 0, 1, 1, 0);
        assertThat(db().text("select email from member where external_id = ?", a)).isEqualTo("nouvelle.adresse@example.fr");
        assertThat(db().text("select city from member where external_id = ?", a)).isEqualTo("MARSEILLE");
        assertThat(first.getJsonNumber("run").longValue()).isPositive();
        assertThat(db().text("select outcome from import_run where id = ?", first.getJsonNumber("run").longValue()))
                .isEqualTo("APPLIED");
    }

    @Test
    void invalidRecordsAreReportedOneByOneInFrenchWhileTheValidOnesAreKept() {
        ApiCalls api = ApiCalls.from(request);
        String valid = "IT-ADH-" + UUID.randomUUID();
        String batch = "[" + member(valid, "Roux", null) + ","
                + "{\"externalId\":\"IT-BAD-1\",\"firstName\":\"Sans\",\"birthDate\":\"31/12/1980\"},"
                + member(valid, "Roux", null) + ","
                + "{\"externalId\":\"IT-BAD-2\",\"lastName\":\"X\",\"firstName\":\"Y\",\"birthDate\":\"1980-01-01\","
                + "\"familySituation\":\"FIANCE\",\"email\":\"pas-une-adresse\"},"
                + "42]";

        Answer answer = api.post("api/v1/members", batch);
        JsonObject report = answer.object();

        assertThat(answer.status()).isEqualTo(200);
        assertReport(report, 5, 1, 0, 0, 4);
        assertThat(rejections(report)).contains(
                "1|lastName|Champ obligatoire.",
                "1|birthDate|Date attendue au format AAAA-MM-JJ.",
                "2|externalId|L'identifiant " + valid + " figure déjà dans ce lot (enregistrement 0).",
                "3|email|Adresse e-mail invalide.",
                "4||Objet JSON attendu.");
        assertThat(rejections(report)).anyMatch(r -> r.startsWith("3|familySituation|Valeur « FIANCE » inconnue"));
        assertThat(db().count("select count(*) from member where external_id = ?", valid)).isOne();
        assertThat(db().count("select count(*) from member where external_id in ('IT-BAD-1', 'IT-BAD-2')")).isZero();
        assertThat(db().text("select outcome from import_run where id = ?", report.getJsonNumber("run").longValue()))
                .isEqualTo("PARTIAL");
    }

    @Test
    void anAtomicBatchWithOneBadRecordWritesNothing() {
        ApiCalls api = ApiCalls.from(request);
        String good = "IT-ADH-" + UUID.randomUUID();
        String member = "IT-ADH-" + UUID.randomUUID();
        api.post("api/v1/members", "[" + member(member, "Blanc", null) + "]");
        String membership = "IT-ADS-" + UUID.randomUUID();

        Answer readRefused = api.post("api/v1/members?atomic=true",
                "[" + member(good, "Faure", null) + ",{\"externalId\":\"IT-BAD-3\"}]");
        // Refused while writing: the first membership is fine, the second names an unknown member.
        Answer writeRefused = api.post("api/v1/memberships?atomic=true", "[" + membership(membership, member, number())
                + "," + membership("IT-ADS-" + UUID.randomUUID(), "IT-ADH-UNKNOWN", number()) + "]");

        assertThat(readRefused.status()).isEqualTo(422);
        assertThat(readRefused.object().getBoolean("applied")).isFalse();
        assertReport(readRefused.object(), 2, 0, 0, 0, 1);
        assertThat(db().count("select count(*) from member where external_id = ?", good)).isZero();
        assertThat(writeRefused.status()).isEqualTo(422);
        assertThat(rejections(writeRefused.object())).containsExactly("1|member|Adhérent inconnu : IT-ADH-UNKNOWN.");
        assertThat(db().count("select count(*) from membership where external_id = ?", membership))
                .as("rolled back").isZero();
        assertThat(db().text("select outcome from import_run where id = ?",
                writeRefused.object().getJsonNumber("run").longValue())).isEqualTo("REFUSED");
    }

    @Test
    void membershipsAndBeneficiariesReferToTheirParentByExternalId() {
        ApiCalls api = ApiCalls.from(request);
        String member = "IT-ADH-" + UUID.randomUUID();
        String membership = "IT-ADS-" + UUID.randomUUID();
        String other = "IT-ADS-" + UUID.randomUUID();
        String child = "IT-BEN-" + UUID.randomUUID();
        String number = number();
        api.post("api/v1/members", "[" + member(member, "Mercier", null) + "]");

        JsonObject memberships = api.post("api/v1/memberships", "[" + membership(membership, member, number) + ","
                + membership(other, member, number) + ","
                + membership("IT-ADS-" + UUID.randomUUID(), "IT-ADH-UNKNOWN", number()) + ","
                + "{\"externalId\":\"IT-ADS-COL\",\"member\":\"" + member + "\",\"membershipNumber\":\"" + number()
                + "\",\"contractNumber\":\"C\",\"offerCode\":\"O\",\"offerLabel\":\"L\",\"kind\":\"COLLECTIVE\","
                + "\"state\":\"OPEN\",\"startDate\":\"2024-01-01\"}]").object();
        JsonObject terminated = api.post("api/v1/memberships",
                "[" + membership(membership, member, number).replace("\"OPEN\"", "\"TERMINATED\"") + "]").object();
        JsonObject beneficiaries = api.post("api/v1/beneficiaries", "[" + beneficiary(child, membership, null) + ","
                + beneficiary("IT-BEN-" + UUID.randomUUID(), membership, "1 80 05 13 055 123 00") + ","
                + beneficiary("IT-BEN-" + UUID.randomUUID(), "IT-ADS-UNKNOWN", null) + "]").object();
        JsonObject replay = api.post("api/v1/beneficiaries", "[" + beneficiary(child, membership, null) + "]").object();

        assertReport(memberships, 4, 1, 0, 0, 3);
        assertThat(rejections(memberships)).contains(
                "1|membershipNumber|Le numéro d'adhérent " + number + " appartient déjà à l'adhésion " + membership + ".",
                "2|member|Adhérent inconnu : IT-ADH-UNKNOWN.",
                "3|employerName|Employeur obligatoire pour un contrat collectif.");
        assertReport(terminated, 1, 0, 1, 0, 0);
        assertThat(db().text("select state from membership where external_id = ?", membership)).isEqualTo("TERMINATED");
        assertThat(db().count("select count(*) from membership m join member a on a.id = m.member_id "
                + "where m.external_id = ? and a.external_id = ?", membership, member)).isOne();
        assertReport(beneficiaries, 3, 1, 0, 0, 2);
        assertThat(rejections(beneficiaries)).contains(
                "1|nir|Numéro de sécurité sociale invalide : la clé (2 derniers chiffres) ne correspond pas.",
                "2|membership|Adhésion inconnue : IT-ADS-UNKNOWN.");
        assertReport(replay, 1, 0, 0, 1, 0);
    }

    @Test
    void aBodyThatIsNotAJsonArrayIsABadRequestInJson() {
        ApiCalls api = ApiCalls.from(request);

        Answer notJson = api.post("api/v1/members", "{oops");
        Answer notArray = api.post("api/v1/members", "{\"externalId\":\"X\"}");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.object().getString("message")).isEqualTo("Le corps de la requête n'est pas un JSON lisible (UTF-8).");
        assertThat(notArray.status()).isEqualTo(400);
        assertThat(notArray.object().getString("message"))
                .isEqualTo("Le corps de la requête doit être un tableau JSON d'enregistrements.");
    }

    // --- Request feed ----------------------------------------------------------------------------------------

    @Test
    void theFeedDeliversOldestFirstPageByPageUntilAcknowledged() {
        ApiCalls api = ApiCalls.from(request);
        Created member = db().individual("Lambert", "Chloé", LocalDate.of(1985, 6, 6));
        long first = newRequest(member, true);
        long second = newRequest(member, true);
        long third = newRequest(member, true);
        long staffOnly = newRequest(member, false);

        List<Long> pass = awaitInFeed(api, List.of(first, second, third), 2);
        List<Long> again = feedPass(api, 2);
        Answer ack = api.post("api/v1/requests/" + second + "/ack", "");
        Answer ackAgain = api.post("api/v1/requests/" + second + "/ack", "");
        List<Long> afterAck = feedPass(api, 50);

        assertThat(pass).containsSubsequence(first, second, third).doesNotContain(staffOnly);
        assertThat(again).as("fetched but not acknowledged: delivered again").contains(first, second, third);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.object().getBoolean("changed")).isTrue();
        assertThat(ackAgain.object().getBoolean("changed")).as("idempotent").isFalse();
        assertThat(afterAck).contains(first, third).doesNotContain(second);
        assertThat(api.post("api/v1/requests/" + staffOnly + "/ack", "").status())
                .as("a message for staff is not the management system's").isEqualTo(404);
        assertThat(api.get("api/v1/requests?after=nonsense").status()).isEqualTo(400);
        assertThat(api.get("api/v1/requests?limit=0").status()).isEqualTo(400);
    }

    @Test
    void theFeedItemCarriesTheMembersIdsThePayloadAndTheAttachments() {
        ApiCalls api = ApiCalls.from(request);
        Created member = db().individual("Fabre", "Jules", LocalDate.of(1979, 3, 3));
        long id = newRequest(member, true);
        long other = newRequest(member, true);
        byte[] pdf = "%PDF-1.4\n% test\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        long attachment = db().count("""
                insert into member_request_attachment (request_id, file_name, content_type, size_bytes, content, created_at)
                values (?, 'livret de famille.pdf', 'application/pdf', ?, ?, now()) returning id""", id, pdf.length, pdf);

        JsonObject item = api.awaitInFeed(id);
        JsonObject link = item.getJsonArray("attachments").getJsonObject(0);
        Answer file = api.get(link.getString("href").substring(1));
        Answer foreign = api.get("api/v1/requests/" + other + "/attachments/" + attachment);

        assertThat(item.getString("type")).isEqualTo("sample.change");
        assertThat(item.getString("status")).isEqualTo("SENT");
        assertThat(item.getString("member")).isEqualTo(db().text("select external_id from member where id = ?", member.memberId()));
        assertThat(item.getString("membershipNumber")).isEqualTo(member.membershipNumber());
        assertThat(item.getJsonObject("payload").getString("iban")).isEqualTo("FR7630004005120001012345678");
        assertThat(link.getString("fileName")).isEqualTo("livret de famille.pdf");
        assertThat(link.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename*=UTF-8''livret%20de%20famille.pdf");
        assertThat(file.bytes()).isEqualTo(pdf);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(db().count("select count(*) from audit_event where action = 'ATTACHMENT_READ' and actor = 'system:gestion' "
                + "and detail = ?", "attachment:" + attachment)).isOne();
    }

    @Test
    void aRequestCommittedLateAfterAYoungerOneIsNotSkippedByACursor() throws Exception {
        ApiCalls api = ApiCalls.from(request);
        Created member = db().individual("Perret", "Inès", LocalDate.of(1991, 7, 7));
        awaitInFeed(api, List.of(newRequest(member, true)), 100);
        String cursor = lastCursor(api);

        long late;
        long early;
        try (Connection slow = portalDatabase.getConnection()) {
            slow.setAutoCommit(false);
            late = insertRequest(slow, member);        // takes the smaller id, commits last
            early = newRequest(member, true);          // takes the larger id, committed at once
            List<Long> whileOpen = feedPassFrom(api, cursor, 100);
            assertThat(whileOpen).as("nothing younger than a running writer is shown").doesNotContain(late, early);
            slow.commit();
        }
        List<Long> resumed = awaitFrom(api, cursor, List.of(late, early));

        assertThat(late).as("ids are in insert order").isLessThan(early);
        assertThat(resumed).as("resuming from the earlier cursor misses neither").containsSubsequence(late, early);
    }

    @Test
    void statusChangesFromTheManagementSystemReachSuiviAsStaffActionsDo() {
        ApiCalls api = ApiCalls.from(request);
        Created member = db().individual("Gauthier", "Rose", LocalDate.of(1970, 2, 2));
        long id = newRequest(member, true);
        long cancelled = newRequest(member, true);

        Answer taken = api.put("api/v1/requests/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}");
        Answer done = api.put("api/v1/requests/" + id + "/status",
                "{\"status\":\"DONE\",\"answer\":\"Votre nouveau RIB est enregistré.\"}");
        Answer doneAgain = api.put("api/v1/requests/" + id + "/status",
                "{\"status\":\"DONE\",\"answer\":\"Votre nouveau RIB est enregistré.\"}");
        Answer reopened = api.put("api/v1/requests/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}");
        Answer answerOnCancel = api.put("api/v1/requests/" + cancelled + "/status",
                "{\"status\":\"CANCELLED\",\"answer\":\"non\"}");
        Answer backToSent = api.put("api/v1/requests/" + cancelled + "/status", "{\"status\":\"SENT\"}");
        Answer cancel = api.put("api/v1/requests/" + cancelled + "/status", "{\"status\":\"CANCELLED\"}");
        Answer unknown = api.put("api/v1/requests/999999999/status", "{\"status\":\"DONE\"}");

        assertThat(taken.status()).isEqualTo(200);
        assertThat(done.object().getBoolean("changed")).isTrue();
        assertThat(doneAgain.object().getBoolean("changed")).isFalse();
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(answerOnCancel.status()).isEqualTo(400);
        assertThat(answerOnCancel.object().getString("message")).contains("Une réponse n'accompagne que le statut DONE.");
        assertThat(backToSent.status()).isEqualTo(400);
        assertThat(cancel.object().getString("status")).isEqualTo("CANCELLED");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(db().text("select status from member_request where id = ?", id)).isEqualTo("DONE");
        assertThat(db().text("select answer from member_request where id = ?", id)).isEqualTo("Votre nouveau RIB est enregistré.");
        assertThat(db().text("select answered_by from member_request where id = ?", id)).isEqualTo("system:gestion");
        assertThat(db().count("select count(*) from member_request where id = ? and acknowledged_at is not null", id)).isOne();
        assertThat(db().count("select count(*) from audit_event where actor = 'system:gestion' and target = ? "
                + "and action in ('REQUEST_TAKEN', 'REQUEST_ANSWERED')", "request:" + id)).isEqualTo(2);
        assertThat(probe.of(id)).as("one event, as when staff answer: the member is told once")
                .extracting(c -> c.status()).containsExactly(RequestStatus.DONE);
        assertThat(probe.of(cancelled)).extracting(c -> c.status()).containsExactly(RequestStatus.CANCELLED);
    }

    @Test
    void aStageTheTypeDeclaresGivesTheStatusCarriesItsReasonAndTellsTheModules() {
        ApiCalls api = ApiCalls.from(request);
        Created member = db().individual("Perrin", "Lou", LocalDate.of(1981, 3, 3));
        long id = db().count("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary, for_management,
                    created_at, updated_at)
                values (?, ?, 'echo.claim', 'echo', 'SENT', 'Facture', true, now(), now()) returning id""",
                member.memberId(), member.membershipId());

        Answer incomplete = api.put("api/v1/requests/" + id + "/status",
                "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la facture acquittée.\"}");
        Answer again = api.put("api/v1/requests/" + id + "/status",
                "{\"stage\":\"INCOMPLETE\",\"reason\":\"Il manque la facture acquittée.\"}");
        Answer unknownStage = api.put("api/v1/requests/" + id + "/status", "{\"stage\":\"LOST\"}");
        Answer contradiction = api.put("api/v1/requests/" + id + "/status", "{\"status\":\"DONE\",\"stage\":\"INCOMPLETE\"}");
        Answer reasonAlone = api.put("api/v1/requests/" + id + "/status", "{\"status\":\"IN_PROGRESS\",\"reason\":\"?\"}");
        Answer paid = api.put("api/v1/requests/" + id + "/status", "{\"stage\":\"PAID\"}");

        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.object().getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(again.object().getBoolean("changed")).isFalse();
        assertThat(unknownStage.status()).isEqualTo(400);
        assertThat(unknownStage.object().getString("message")).contains("LOST");
        assertThat(contradiction.status()).isEqualTo(400);
        assertThat(reasonAlone.status()).isEqualTo(400);
        assertThat(paid.object().getString("status")).isEqualTo("DONE");
        assertThat(db().text("select stage from member_request where id = ?", id)).isEqualTo("PAID");
        assertThat(db().count("select count(*) from audit_event where actor = 'system:gestion' and target = ? "
                + "and action = 'REQUEST_STAGE'", "request:" + id)).isEqualTo(2);
        assertThat(probe.of(id)).extracting(c -> c.status() + "/" + c.stage())
                .containsExactly("IN_PROGRESS/INCOMPLETE", "DONE/PAID");
    }

    @Test
    void theDeskRecordsARequestOnAMembersBehalfWithItsFileAndReportsItsStage() throws Exception {
        Created member = db().individual("Caron", "Eliott", LocalDate.of(1979, 4, 4));
        Created stranger = db().individual("Morel", "Anaïs", LocalDate.of(1988, 8, 8));
        byte[] pdf = "%PDF-1.4\n% facture\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        transaction.begin();
        try {
            Assertions.assertThatThrownBy(() -> desk.record(stranger.memberId(), member.membershipId(),
                    new RequestDraft("echo.claim", "Facture", null, null)))
                    .as("a membership of another member").isInstanceOf(NotFoundException.class);
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        MemberRequest recorded = desk.record(member.memberId(), member.membershipId(),
                new RequestDraft("echo.claim", "Facture reçue par courrier", null, "{\"amount\":\"60.00\"}"));
        RequestAttachment file = desk.attach(recorded.getId(), "../scan facture.pdf", pdf);
        transaction.commit();
        long id = recorded.getId();
        MemberRequest incomplete = desk.stage(id, "INCOMPLETE", "Il manque la facture acquittée.");
        MemberRequest replayed = desk.stage(id, "INCOMPLETE", "Il manque la facture acquittée.");

        assertThat(file.getId()).as("an attachment's id is known at once").isNotNull();
        assertThat(db().text("select member_id || '|' || membership_id || '|' || module_id || '|' || for_management "
                + "from member_request where id = ?", id))
                .isEqualTo(member.memberId() + "|" + member.membershipId() + "|echo|true");
        assertThat(db().text("select file_name from member_request_attachment where id = ?", file.getId()))
                .isEqualTo("scan facture.pdf");
        assertThat(incomplete.getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(incomplete.getStage()).isEqualTo("INCOMPLETE");
        assertThat(incomplete.getStageReason()).isEqualTo("Il manque la facture acquittée.");
        assertThat(replayed.getStage()).isEqualTo("INCOMPLETE");
        assertThat(db().count("select count(*) from member_request where id = ? and acknowledged_at is not null", id)).isOne();
        assertThat(db().count("select count(*) from audit_event where action = 'REQUEST_RECORDED' and target = ?",
                "request:" + id)).isOne();
        assertThat(probe.of(id)).as("reporting the same stage again tells nobody")
                .extracting(c -> c.status() + "/" + c.stage()).containsExactly("IN_PROGRESS/INCOMPLETE");

        Assertions.assertThatThrownBy(() -> desk.stage(id, "LOST", null)).isInstanceOf(IllegalArgumentException.class);
        desk.stage(id, "PAID", null);
        Assertions.assertThatThrownBy(() -> desk.stage(id, "INCOMPLETE", "trop tard"))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- Admin page ----------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void administratorsSeeTheImportRunsAndTheirRejections() {
        URI root = URI.create(base.toString());
        ApiCalls api = ApiCalls.at(root, ApiCalls.CLIENT, ApiCalls.SECRET);
        Answer run = api.post("api/v1/beneficiaries?atomic=true", "[{\"externalId\":\"IT-BEN-ADMIN\"}]");
        String runId = run.body().replaceAll("(?s).*\"run\":(\\d+).*", "$1");
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        String admin = "admin-" + System.nanoTime() + "@mutuelle.example";
        members.staffAccount(admin, PASSWORD);
        members.execute("update web_account set roles = 'ADMIN' where login = ?", admin);
        Created member = members.individual("Colin", "Max", LocalDate.of(1980, 1, 1));
        String memberLogin = "max-" + System.nanoTime() + "@example.fr";
        members.account(member.memberId(), memberLogin, PASSWORD);

        WebClient browser = new WebClient(root);
        browser.login(admin, PASSWORD);
        Page list = browser.get("admin/imports.xhtml");
        Page details = browser.get("admin/imports.xhtml?run=" + runId);
        WebClient memberBrowser = new WebClient(root);
        memberBrowser.login(memberLogin, PASSWORD);

        assertThat(run.status()).isEqualTo(422);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("#run-" + runId).text()).contains("system:gestion", "beneficiaries", "atomique",
                "Refusé", "1 / 0 / 0 / 0 / 1");
        assertThat(details.html().select(".rejection").eachText()).contains("0 membership Champ obligatoire.");
        assertThat(browser.get("admin/imports.xhtml?run=abc").status()).isEqualTo(404);
        assertThat(memberBrowser.get("admin/imports.xhtml").status()).isEqualTo(403);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private TestMembers db() {
        return TestMembers.in(portalDatabase != null ? portalDatabase : EmbeddedDatabase.dataSource());
    }

    private static String member(String id, String lastName, String email) {
        return "{\"externalId\":\"" + id + "\",\"lastName\":\"" + lastName + "\",\"firstName\":\"Anne\","
                + "\"birthDate\":\"1980-05-17\"," + (email == null ? "" : "\"email\":\"" + email + "\",")
                + "\"mobilePhone\":\"0612345678\",\"familySituation\":\"MARRIED\","
                + "\"address\":{\"line1\":\"3 rue Paradis\",\"postcode\":\"13001\",\"city\":\"MARSEILLE\",\"country\":\"France\"}}";
    }

    private static String membership(String id, String member, String number) {
        return "{\"externalId\":\"" + id + "\",\"member\":\"" + member + "\",\"membershipNumber\":\"" + number
                + "\",\"contractNumber\":\"CT-" + number + "\",\"offerCode\":\"LAB-CONFORT\","
                + "\"offerLabel\":\"Labellisée Confort\",\"kind\":\"INDIVIDUAL\",\"state\":\"OPEN\","
                + "\"startDate\":\"2024-01-01\"}";
    }

    private static String beneficiary(String id, String membership, String nir) {
        return "{\"externalId\":\"" + id + "\",\"membership\":\"" + membership + "\",\"lastName\":\"Mercier\","
                + "\"firstName\":\"Tom\",\"birthDate\":\"2015-04-04\",\"relationship\":\"CHILD\","
                + (nir == null ? "" : "\"nir\":\"" + nir + "\",") + "\"startDate\":\"2015-04-04\"}";
    }

    private static String number() {
        return "7" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    }

    private long newRequest(Created member, boolean forManagement) {
        return db().count("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary, details,
                    payload, for_management, created_at, updated_at)
                values (?, ?, 'sample.change', 'sample', 'SENT', 'Changement de RIB', 'Merci',
                    '{"iban":"FR7630004005120001012345678"}', ?, now(), now()) returning id""",
                member.memberId(), member.membershipId(), forManagement);
    }

    private static long insertRequest(Connection connection, Created member) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into member_request (member_id, membership_id, type_code, module_id, status, summary,
                    for_management, created_at, updated_at)
                values (?, ?, 'sample.change', 'sample', 'SENT', 'Écrit lentement', true, now(), now()) returning id""")) {
            insert.setLong(1, member.memberId());
            insert.setLong(2, member.membershipId());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Every request of a full pass of the feed, from the start. */
    private static List<Long> feedPass(ApiCalls api, int limit) {
        return feedPassFrom(api, null, limit);
    }

    private static List<Long> feedPassFrom(ApiCalls api, String cursor, int limit) {
        List<Long> ids = new ArrayList<>();
        String after = cursor;
        for (int pages = 0; pages < 2_000; pages++) {
            JsonObject page = api.get("api/v1/requests?limit=" + limit + (after == null ? "" : "&after=" + after)).object();
            JsonArray items = page.getJsonArray("items");
            items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).forEach(ids::add);
            if (!page.getBoolean("more")) {
                return ids;
            }
            after = page.getString("next");
        }
        throw new AssertionError("The feed never ends");
    }

    private static String lastCursor(ApiCalls api) {
        String after = null;
        for (int pages = 0; pages < 2_000; pages++) {
            JsonObject page = api.get("api/v1/requests?limit=500" + (after == null ? "" : "&after=" + after)).object();
            if (!page.isNull("next")) {
                after = page.getString("next");
            }
            if (!page.getBoolean("more")) {
                return after;
            }
        }
        throw new AssertionError("The feed never ends");
    }

    /** A pass of the feed once these requests are visible (a committing transaction elsewhere may delay them). */
    private static List<Long> awaitInFeed(ApiCalls api, List<Long> expected, int limit) {
        return await(() -> feedPass(api, limit), expected);
    }

    private static List<Long> awaitFrom(ApiCalls api, String cursor, List<Long> expected) {
        return await(() -> feedPassFrom(api, cursor, 100), expected);
    }

    private static List<Long> await(java.util.function.Supplier<List<Long>> pass, List<Long> expected) {
        return Awaitility.await("requests " + expected + " in the feed").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(pass::get, ids -> ids.containsAll(expected));
    }
}
