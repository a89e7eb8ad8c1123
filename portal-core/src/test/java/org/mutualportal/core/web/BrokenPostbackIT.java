package org.mutualportal.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.sample.SampleJars;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Form;
import org.mutualportal.testing.WebClient.Page;

/**
 * Requests whose Faces state is broken — a view state that is malformed, expired, from another session or from
 * another page, a form posted without its CSP nonce or with a wrong one — by GET and by POST, on public and
 * signed-in pages. Whatever comes, the member ends on the page (or the sign-in page) in French after a few
 * redirects at most: never a 500, never a redirect of a GET to its own address, never an address that still
 * carries the view state, and never a change written by the refused form.
 */
@PortalTest
@RunAsClient
class BrokenPostbackIT {

    private static final String MARIE = "marie.leroy@example.fr";
    private static final String MEMBER_PASSWORD = "Adherent#2026";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String MALFORMED = "\u0000\u00ff";
    private static final String EXPIRED_MESSAGE = "Cette page n'était plus à jour";
    private static final String UNVERIFIED_MESSAGE = "Votre formulaire n'a pas pu être vérifié";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withLibrary(SampleJars.sample())
                .withConfig("portal.demo-data", "true")
                .withConfig("portal.login.otp.roles", "ADMIN")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aViewStateInTheAddressOfAPublicPageIsDroppedWithoutALoop() {
        String foreign = viewStateOf(client().get("login.xhtml"));

        for (String value : List.of(MALFORMED, "1234567890123:9876543210987", "nonsense:", ":", "stateless", foreign)) {
            Page landing = walk(client(), "index.xhtml?" + VIEW_STATE + "=" + enc(value) + "&x=1");
            assertThat(landing.text()).as(value).contains("Je suis adhérent");
            assertThat(landing.uri().getQuery()).as("the page's own parameters stay").isEqualTo("x=1");

            Page login = walk(client(), "login.xhtml?next=%2Fhome.xhtml&" + VIEW_STATE + "=" + enc(value)
                    + "&jakarta.faces.ClientWindow=w1&jfwid=w1&primefaces.nonce=n&javax.faces.ViewState=" + enc(value));
            assertThat(login.html().select("form#login")).as(value).isNotEmpty();
            assertThat(login.uri().getQuery()).as(value).isEqualTo("next=/home.xhtml");
        }
        // Faces' Ajax parameters in a link (PrimeFaces then asks for the nonce an Ajax request carries).
        Page ajax = walk(client(), "index.xhtml?jakarta.faces.partial.ajax=true&jakarta.faces.source=x&x=1");
        assertThat(ajax.text()).contains("Je suis adhérent");
        assertThat(ajax.uri().getQuery()).isEqualTo("x=1");
    }

    @Test
    void aViewStateInTheAddressOfASignedInPageIsDroppedWithoutALoop() {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        String foreign = viewStateOf(client().get("login.xhtml"));
        String otherPage = viewStateOf(marie.get("home.xhtml"));

        for (String value : List.of(MALFORMED, "1234567890123:9876543210987", "stateless", foreign, otherPage)) {
            Page page = walk(marie, "sample/conflict.xhtml?" + VIEW_STATE + "=" + enc(value));
            assertThat(page.uri().getPath()).as(value).endsWith("/sample/conflict.xhtml");
            assertThat(page.html().select("form#conflict")).as(value).isNotEmpty();
        }
        Page signedOut = walk(client(), "home.xhtml?" + VIEW_STATE + "=" + enc(MALFORMED));
        assertThat(signedOut.html().select("form#login")).as("signed out: the sign-in page").isNotEmpty();
    }

    @Test
    void aSignInPostedWithABrokenViewStateGivesTheSignInPageBackWithAMessage() {
        String foreign = viewStateOf(client().get("login.xhtml"));

        for (String value : List.of(MALFORMED, "1234567890123:9876543210987", "stateless", foreign, "")) {
            WebClient visitor = client();
            Form form = visitor.get("login.xhtml?next=%2Fhome.xhtml").form("login")
                    .set("login:identifier", MARIE).set("login:password", "Wrong#Password1").set(VIEW_STATE, value);
            Page answer = walk(visitor, form.submit("login:submit"), true);

            assertThat(answer.html().select("form#login")).as(value).isNotEmpty();
            assertThat(answer.text()).as(value).contains(EXPIRED_MESSAGE);
        }
    }

    @Test
    void aSignedInFormPostedWithABrokenViewStateChangesNothingAndSaysSo() throws SQLException {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        String foreign = viewStateOf(client().get("login.xhtml"));
        String otherPage = viewStateOf(marie.get("home.xhtml"));

        for (String value : List.of(MALFORMED, "1234567890123:9876543210987", "stateless", foreign, otherPage)) {
            String typed = "broken-" + UUID.randomUUID();
            Form form = marie.get("sample/change.xhtml").form("change").set("change:value", typed).set(VIEW_STATE, value);
            Page answer = walk(marie, form.submit("change:save"), true);

            assertThat(answer.uri().getPath()).as(value).endsWith("/sample/change.xhtml");
            assertThat(answer.text()).as(value).contains(EXPIRED_MESSAGE);
            assertThat(changesWritten(typed)).as(value).isZero();
        }
    }

    @Test
    void aFormPostedWithoutItsNonceOrWithAWrongOneChangesNothingAndSaysWhatToDo() throws SQLException {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        String otherNonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        for (String nonce : new String[] {null, "", otherNonce, "not-a-nonce"}) {
            String typed = "nonce-" + UUID.randomUUID();
            Form form = marie.get("sample/change.xhtml").form("change").set("change:value", typed);
            if (nonce == null) {
                form.remove("primefaces.nonce");
            } else {
                form.set("primefaces.nonce", nonce);
            }
            Page answer = walk(marie, form.submit("change:save"), true);

            assertThat(answer.uri().getPath()).as(nonce).endsWith("/sample/change.xhtml");
            assertThat(answer.text()).as(nonce).contains(UNVERIFIED_MESSAGE);
            assertThat(changesWritten(typed)).as(nonce).isZero();
        }
        // The same form with its nonce goes through: the refusals above were the nonce's.
        String typed = "nonce-ok-" + UUID.randomUUID();
        walk(marie, marie.get("sample/change.xhtml").form("change").set("change:value", typed).submit("change:save"), true);
        assertThat(changesWritten(typed)).isOne();
    }

    @Test
    void aSignInPostedWithoutItsNonceGivesTheSignInPageBackWithAMessage() {
        for (String nonce : new String[] {null, "not-a-nonce"}) {
            WebClient visitor = client();
            Form form = visitor.get("login.xhtml").form("login")
                    .set("login:identifier", MARIE).set("login:password", "Wrong#Password1");
            if (nonce == null) {
                form.remove("primefaces.nonce");
            } else {
                form.set("primefaces.nonce", nonce);
            }
            Page answer = walk(visitor, form.submit("login:submit"), true);

            assertThat(answer.html().select("form#login")).as(nonce).isNotEmpty();
            assertThat(answer.text()).as(nonce).contains(UNVERIFIED_MESSAGE).doesNotContain("Identifiant ou mot de passe incorrect");
        }
    }

    @Test
    void anAjaxRequestWithoutItsNonceIsSentBackToItsPage() throws SQLException {
        WebClient marie = client();
        marie.login(MARIE, MEMBER_PASSWORD);
        String typed = "ajax-" + UUID.randomUUID();

        Page answer = marie.get("sample/change.xhtml").form("change").set("change:value", typed)
                .remove("primefaces.nonce").ajax("change:save", "change", "change");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<redirect url=\"").contains("/sample/change.xhtml\"");
        assertThat(changesWritten(typed)).isZero();
    }

    /** GETs the address, then follows each redirect as a browser does. */
    private static Page walk(WebClient client, String path) {
        return walk(client, client.get(path), false);
    }

    /**
     * What a browser does with an answer: follows each redirect, five at most. A GET redirected to its own address
     * would loop; a POST may be answered by a GET of its own address.
     */
    private static Page walk(WebClient client, Page first, boolean posted) {
        List<String> trail = new ArrayList<>();
        Page page = first;
        for (int hops = 0; ; hops++) {
            trail.add(page.status() + " " + page.uri());
            assertThat(page.status()).as("no failure on the way: %s", trail).isLessThan(500);
            if (!page.isRedirect()) {
                break;
            }
            URI next = page.uri().resolve(page.location());
            if (hops > 0 || !posted) {
                assertThat(next).as("a GET redirected to itself loops: %s", trail).isNotEqualTo(page.uri());
            }
            assertThat(hops).as("too many redirects: %s", trail).isLessThan(5);
            page = client.get(next.toString());
        }
        assertThat(page.status()).as("%s", trail).isEqualTo(200);
        assertThat(page.html().select("html").attr("lang")).as("%s", trail).isEqualTo("fr");
        String query = page.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                assertThat(name).as("%s", trail).doesNotContain("faces.").isNotEqualTo("jfwid").doesNotStartWith("primefaces.");
            }
        }
        return page;
    }

    private static String viewStateOf(Page page) {
        String value = page.html().select("input[type=hidden]").stream().filter(input -> input.attr("name").equals(VIEW_STATE))
                .findFirst().map(input -> input.attr("value")).orElse("");
        assertThat(value).as("a view state in %s", page.uri()).isNotBlank();
        return value;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static long changesWritten(String value) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from audit_event where action = 'SAMPLE_CHANGE' and detail = ?")) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
