package org.mutualportal.core.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutualportal.core.security.oidc.ProviderSignIns.claims;
import static org.mutualportal.core.security.oidc.ProviderSignIns.codeFlow;
import static org.mutualportal.core.security.oidc.ProviderSignIns.link;
import static org.mutualportal.core.security.oidc.ProviderSignIns.memberAccount;
import static org.mutualportal.core.security.oidc.ProviderSignIns.query;
import static org.mutualportal.core.security.oidc.ProviderSignIns.signedOut;
import static org.mutualportal.core.security.oidc.ProviderSignIns.update;
import static org.mutualportal.core.security.oidc.ProviderSignIns.value;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.testing.OidcProvider;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Members signing in through an OpenID Connect provider (FranceConnect's shape) started by the test: the code flow of
 * a linked identity to the dashboard, and every answer that must open nothing — a tampered or replayed state, an ID
 * token for another client, expired, or signed with a key the provider does not publish, a sign-in cancelled at the
 * provider, a provider that does not answer (and answers again), an identity linked to no account — each with a
 * French page, no server error and no session. The core alone has no linking page (a module gives it).
 */
@PortalTest
@RunAsClient
class MemberProviderSignInIT {

    private static final String FC = "fc";
    static final OidcProvider OIDC = OidcProvider.start();
    /** A second provider, stopped and restarted by the outage test before the portal ever read its metadata. */
    static final OidcProvider SPARE = OidcProvider.start();
    /** FranceConnect v2's user information: a signed JWT (issuer "fcv2" of the same provider, key "fcv2"). */
    private static final String FC_V2 = "fcv2";
    /** A provider whose discovery document the tests make fail (key "instable"). */
    private static final String FLAKY = "flaky";
    /** A provider without PKCE (key "sans-pkce"): the nonce alone binds its ID token to the browser's request. */
    private static final String NO_PKCE = "nopkce";
    /** A provider whose discovery document the tests make slow to answer (key "lent"). */
    private static final String SLOW = "slow";

    static {
        OIDC.userInfoAsSignedJwt(FC_V2);
    }

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(LinkingProbe.class)
                .withConfig(OIDC.portalConfig("franceconnect", FC))
                .withConfig(SPARE.portalConfig("secours", "spare"))
                .withConfig(OIDC.portalConfig(FC_V2, FC_V2))
                .withConfig(OIDC.portalConfig("instable", FLAKY))
                .withConfig(OIDC.portalConfig("sans-pkce", NO_PKCE))
                .withConfig(OIDC.portalConfig("lent", SLOW))
                .withConfig("portal.oidc.sans-pkce.pkce", "never")
                .withConfig("portal.oidc.franceconnect.acr-values", "eidas1")
                // Metadata due again at once: a provider failing to give it is then met at the next sign-in.
                .withConfig("portal.oidc.metadata-minutes", "0")
                // Sessions checked against their account at every request.
                .withConfig("portal.session.recheck-seconds", "0")
                .build();
    }

    @AfterAll
    static void stopProviders() {
        OIDC.close();
        SPARE.close();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSignInPageShowsFranceConnectsButtonAndAPlainOneForTheOtherProvider() {
        Page login = client().get("login.xhtml?next=%2Fhome.xhtml");

        assertThat(login.html().select("#oidc-franceconnect").attr("href")).endsWith("/oidc/franceconnect/start?next=%2Fhome.xhtml");
        assertThat(login.html().select("#oidc-franceconnect").text()).isEqualTo("S'identifier avec FranceConnect");
        assertThat(login.html().select(".fc-what a").attr("href")).isEqualTo("https://franceconnect.gouv.fr/");
        assertThat(login.html().select(".fc-what a").attr("target")).isEqualTo("_blank");
        assertThat(login.html().select(".fc-what a").attr("rel")).isEqualTo("noopener");
        assertThat(login.html().select(".fc-what a").text()).isEqualTo("Qu'est-ce que FranceConnect ? (nouvelle fenêtre)");
        assertThat(login.html().select("#oidc-secours").text()).isEqualTo("Se connecter avec Fournisseur secours");
    }

    @Test
    void aLinkedMemberSignsInThroughTheProviderAndReachesTheDashboard() throws SQLException {
        Linked member = linkedMember();
        WebClient browser = client();
        OIDC.nextSignIn(FC, member.subject(), claims());

        Page start = browser.get("oidc/franceconnect/start");
        assertThat(start.status()).isEqualTo(302);
        Map<String, String> asked = query(start.location());
        assertThat(start.location()).startsWith(OIDC.issuer(FC) + "/authorize");
        assertThat(asked.get("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(asked.get("nonce")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(asked).containsEntry("code_challenge_method", "S256").containsEntry("acr_values", "eidas1")
                .containsEntry("client_id", OidcProvider.CLIENT_ID);
        Page answer = browser.get(browser.get(start.location()).location());

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/home.xhtml");
        Page home = browser.follow(answer);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        assertThat(value("select last_used_at from external_identity where account_id = ?", member.accountId()))
                .as("last_used_at of the link").isNotNull();
    }

    @Test
    void anAccountWaitingForItsActivationOpensThroughTheProviderAndStaysOpen() throws SQLException {
        Linked member = linkedMember();
        update("update web_account set status = 'PENDING_ACTIVATION', password_hash = 'none' where id = ?", member.accountId());
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient browser = client();

        Page answer = codeFlow(browser);

        assertThat(answer.location()).endsWith("/home.xhtml");
        assertThat(browser.follow(answer).status()).isEqualTo(200);
        assertThat(browser.get("home.xhtml").status()).as("still signed in once the account was checked again").isEqualTo(200);
    }

    @Test
    void aClosedAccountOpensNothing() throws SQLException {
        Linked member = linkedMember();
        update("update web_account set status = 'CLOSED' where id = ?", member.accountId());
        OIDC.nextSignIn(FC, member.subject(), claims());

        WebClient browser = client();
        refused(browser, codeFlow(browser), 403, "L'espace rattaché à votre identité FranceConnect est fermé",
                "provider=franceconnect reason=account");
    }

    @Test
    void anAccountLockedAfterWrongPasswordsStillOpensThroughTheProvider() throws SQLException {
        Linked member = linkedMember();
        update("update web_account set locked_until = now() + interval '15 minutes', failed_attempts = 0 where id = ?",
                member.accountId());
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient browser = client();

        Page answer = codeFlow(browser);

        assertThat(answer.location()).endsWith("/home.xhtml");
        assertThat(browser.follow(answer).status()).isEqualTo(200);
    }

    @Test
    void anIdTokenWithoutTheAskedAuthenticationLevelOpensNothing() throws SQLException {
        Linked member = linkedMember();
        Map<String, Object> withoutAcr = new LinkedHashMap<>(claims());
        withoutAcr.remove("acr");
        OIDC.nextSignIn(FC, member.subject(), withoutAcr);
        WebClient browser = client();
        refused(browser, codeFlow(browser), 401, "n'a pas pu confirmer votre identité", "ID token acr missing, asked eidas1");

        Map<String, Object> anotherLevel = new LinkedHashMap<>(claims());
        anotherLevel.put("acr", "eidas0");
        OIDC.nextSignIn(FC, member.subject(), anotherLevel);
        WebClient other = client();
        refused(other, codeFlow(other), 401, "n'a pas pu confirmer votre identité", "ID token acr eidas0, asked eidas1");
    }

    @Test
    void aTamperedStateOpensNothing() throws SQLException {
        Linked member = linkedMember();
        WebClient browser = client();
        OIDC.nextSignIn(FC, member.subject(), claims());
        Page start = browser.get("oidc/franceconnect/start");
        String callback = browser.get(start.location()).location();
        String state = query(callback).get("state");

        Page answer = browser.get(callback.replace("state=" + state, "state=" + state.substring(1) + "A"));

        refused(browser, answer, 400, "Demande de connexion expirée", "reason=expired state unknown");
    }

    @Test
    void aReplayedAnswerIsRefusedTheSecondTime() throws SQLException {
        Linked member = linkedMember();
        WebClient browser = client();
        OIDC.nextSignIn(FC, member.subject(), claims());
        String callback = browser.get(browser.get("oidc/franceconnect/start").location()).location();
        assertThat(browser.get(callback).location()).endsWith("/home.xhtml");

        WebClient attacker = client();
        refused(attacker, attacker.get(callback), 400, "n'est plus valable", "reason=expired state unknown");
        assertThat(browser.get(callback).status()).as("the same browser, again").isEqualTo(400);
    }

    /**
     * A code taken from the victim's way back (a log, a referrer) and sent by another browser within its own
     * sign-in, with its own state: the provider refuses the code for that browser's PKCE verifier, and without PKCE
     * the ID token's nonce is the victim's.
     */
    @Test
    void aCodeStolenFromAnotherBrowsersSignInOpensNothingInTheThiefsOwnSignIn() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient victim = client();
        String stolen = query(victim.get(victim.get("oidc/franceconnect/start").location()).location()).get("code");
        WebClient thief = client();
        String thiefsState = query(thief.get("oidc/franceconnect/start").location()).get("state");

        refused(thief, thief.get("oidc/franceconnect/callback?code=" + stolen + "&state=" + thiefsState), 401,
                "n'a pas pu confirmer votre identité", "token endpoint refused");

        long account = memberAccount();
        String subject = "nopkce-" + UUID.randomUUID();
        link(account, "sans-pkce", subject);
        OIDC.nextSignIn(NO_PKCE, subject, claims());
        WebClient another = client();
        Page start = another.get("oidc/sans-pkce/start");
        assertThat(query(start.location())).doesNotContainKey("code_challenge");
        String code = query(another.get(start.location()).location()).get("code");
        WebClient other = client();
        String otherState = query(other.get("oidc/sans-pkce/start").location()).get("state");

        refused(other, other.get("oidc/sans-pkce/callback?code=" + code + "&state=" + otherState), 401,
                "n'a pas pu confirmer votre identité", "nonce");
    }

    @Test
    void anUnsignedIdTokenOrOneSignedWithTheClientSecretOpensNothing() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextIdTokenForged(FC, member.subject(), claims(), OidcProvider.IdTokenForgery.UNSIGNED);
        WebClient browser = client();
        refused(browser, codeFlow(browser), 401, "n'a pas pu confirmer votre identité", "ID token refused");

        OIDC.nextIdTokenForged(FC, member.subject(), claims(), OidcProvider.IdTokenForgery.CLIENT_SECRET_HS256);
        WebClient other = client();
        refused(other, codeFlow(other), 401, "n'a pas pu confirmer votre identité", "ID token refused");

        OIDC.nextSignIn(FC, member.subject(), claims());
        assertThat(codeFlow(client()).location()).as("the provider's own tokens still open").endsWith("/home.xhtml");
    }

    @Test
    void anIdTokenForAnotherClientOpensNothing() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextWithAudience(FC, member.subject(), claims(), "another-client");

        WebClient browser = client();
        refused(browser, codeFlow(browser), 401, "FranceConnect n'a pas pu confirmer votre identité", "audience");
    }

    @Test
    void anExpiredIdTokenOpensNothing() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextExpired(FC, member.subject(), claims());

        WebClient browser = client();
        refused(browser, codeFlow(browser), 401, "n'a pas pu confirmer votre identité", "Expired JWT");
    }

    @Test
    void anIdTokenSignedWithAKeyTheProviderDoesNotPublishOpensNothing() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextSignedWithAnotherKey(FC, member.subject(), claims());

        WebClient browser = client();
        refused(browser, codeFlow(browser), 401, "n'a pas pu confirmer votre identité", "Invalid signature");
    }

    @Test
    void userInformationSentAsASignedJwtIsVerifiedWithTheProvidersKeys() throws SQLException {
        long account = memberAccount();
        String subject = "fcv2-" + UUID.randomUUID();
        link(account, FC_V2, subject);

        OIDC.nextSignIn(FC_V2, subject, claims());
        assertThat(codeFlow(client(), FC_V2).location()).endsWith("/home.xhtml");

        OIDC.nextSignIn(FC_V2, subject, claims());
        OIDC.nextUserInfoSignedWithAnotherKey();
        WebClient forged = client();
        refused(forged, codeFlow(forged, FC_V2), 401, "n'a pas pu confirmer votre identité", "user information refused");

        OIDC.nextSignIn(FC_V2, subject, claims());
        OIDC.nextUserInfoSubject("someone-else");
        WebClient mixed = client();
        refused(mixed, codeFlow(mixed, FC_V2), 401, "n'a pas pu confirmer votre identité", "user information of another subject");
    }

    @Test
    void signedUserInformationForAnotherClientOrFromNoIssuerOpensNothing() throws SQLException {
        long account = memberAccount();
        String subject = "fcv2-" + UUID.randomUUID();
        link(account, FC_V2, subject);

        OIDC.nextSignIn(FC_V2, subject, claims());
        OIDC.nextUserInfoClaim("aud", "another-client");
        WebClient elsewhere = client();
        refused(elsewhere, codeFlow(elsewhere, FC_V2), 401, "n'a pas pu confirmer votre identité", "audience rejected");

        OIDC.nextSignIn(FC_V2, subject, claims());
        OIDC.nextUserInfoClaim("iss", OIDC.issuer(FC));
        WebClient otherIssuer = client();
        refused(otherIssuer, codeFlow(otherIssuer, FC_V2), 401, "n'a pas pu confirmer votre identité", "user information refused");

        OIDC.nextSignIn(FC_V2, subject, claims());
        OIDC.nextUserInfoClaim("iss", null);
        WebClient noIssuer = client();
        refused(noIssuer, codeFlow(noIssuer, FC_V2), 401, "n'a pas pu confirmer votre identité", "missing required claims");
    }

    @Test
    void aSignInCancelledAtTheProviderOpensNothing() {
        WebClient browser = client();
        Page start = browser.get("oidc/franceconnect/start");
        String state = query(start.location()).get("state");

        Page answer = browser.get("oidc/franceconnect/callback?error=access_denied&error_description=User+cancelled&state=" + state);

        refused(browser, answer, 401, "Connexion annulée", "reason=cancelled provider error=access_denied");
        assertThat(client().get("/metrics").body()).containsPattern(
                "portal_oidc_sign_ins_total\\{[^}]*outcome=\"cancelled\"[^}]*provider=\"franceconnect\"[^}]*} [1-9]");
    }

    @Test
    void aProviderThatDoesNotAnswerGetsAFrenchPageAndWorksAgainOnceBack() throws SQLException {
        SPARE.stop();
        try {
            WebClient browser = client();
            refused(browser, browser.get("oidc/secours/start"), 503, "Fournisseur secours est momentanément indisponible",
                    "discovery failed");
        } finally {
            SPARE.restart();
        }
        assertThat(client().get("oidc/secours/start").location()).startsWith(SPARE.issuer("spare") + "/authorize");

        Linked member = linkedMember();
        WebClient browser = client();
        String callback = browser.get(browser.get("oidc/franceconnect/start").location()).location();
        OIDC.stop();
        try {
            refused(browser, browser.get(callback), 503, "FranceConnect est momentanément indisponible",
                    "token endpoint unreachable");
        } finally {
            OIDC.restart();
        }
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient again = client();
        assertThat(codeFlow(again).location()).endsWith("/home.xhtml");
    }

    @Test
    void theMetadataInHandServesOnWhileTheProviderAnswersAnErrorAndTheProviderIsNotAskedAtEverySignIn() throws SQLException {
        long account = memberAccount();
        String subject = "flaky-" + UUID.randomUUID();
        link(account, "instable", subject);
        OIDC.nextSignIn(FLAKY, subject, claims());
        assertThat(codeFlow(client(), "instable").location()).endsWith("/home.xhtml");

        OIDC.failDiscovery(FLAKY, 503);
        try {
            OIDC.nextSignIn(FLAKY, subject, claims());
            assertThat(codeFlow(client(), "instable").location()).as("during the outage").endsWith("/home.xhtml");
            OIDC.nextSignIn(FLAKY, subject, claims());
            assertThat(codeFlow(client(), "instable").location()).as("during the outage, again").endsWith("/home.xhtml");
        } finally {
            OIDC.answerDiscovery(FLAKY);
        }
        // Asked once when due, then left alone for OidcProviders.RETRY_SECONDS: not at each of the ~6 uses above.
        assertThat(OIDC.failedDiscoveries(FLAKY)).isEqualTo(1);
    }

    /**
     * While one request asks a provider for its metadata, the others arriving meanwhile go on with the copy in hand:
     * the provider is asked once, not by each of them with the full timeout.
     */
    @Test
    void requestsArrivingWhileTheMetadataIsAskedForUseTheCopyInHand() throws Exception {
        assertThat(client().get("oidc/lent/start").location()).startsWith(OIDC.issuer(SLOW) + "/authorize");
        OIDC.failDiscovery(SLOW, 503);
        OIDC.holdDiscovery(SLOW);
        ExecutorService browsers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Page>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(browsers.submit(() -> client().get("oidc/lent/start")));
            }
            await("one request asks the provider").atMost(Duration.ofSeconds(30))
                    .until(() -> OIDC.failedDiscoveries(SLOW) >= 1);
            await("the others go on meanwhile").atMost(Duration.ofSeconds(30))
                    .until(() -> starts.stream().filter(Future::isDone).count() >= 3);
            OIDC.releaseDiscovery(SLOW);
            for (Future<Page> start : starts) {
                assertThat(start.get(30, TimeUnit.SECONDS).location()).startsWith(OIDC.issuer(SLOW) + "/authorize");
            }
        } finally {
            OIDC.releaseDiscovery(SLOW);
            OIDC.answerDiscovery(SLOW);
            browsers.shutdownNow();
        }
        assertThat(OIDC.failedDiscoveries(SLOW)).as("asked once").isEqualTo(1);
    }

    /**
     * "Sign in again" (a page asking for a recent sign-in): the provider is asked to authenticate the person again, and
     * an ID token telling an older authentication (the provider's own session answering) opens nothing; the time kept
     * is the provider's authentication, not the round trip.
     */
    @Test
    void signingInAgainMakesTheProviderAuthenticateAgainAndAnOlderAuthenticationIsRefused() throws SQLException {
        Linked member = linkedMember();
        long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        Map<String, Object> providerSession = new LinkedHashMap<>(claims());
        providerSession.put("auth_time", hourAgo);
        OIDC.nextSignIn(FC, member.subject(), providerSession);
        WebClient browser = client();
        assertThat(codeFlow(browser).location()).endsWith("/home.xhtml");
        String[] recent = browser.get("public/oidc-probe/recent").body().split(" ");
        assertThat(recent[0]).as("the provider's authentication, not the round trip").isEqualTo(Long.toString(hourAgo));
        assertThat(recent[1]).isEqualTo("/oidc/franceconnect/start?reauth=1&next=%2Fhome.xhtml");

        OIDC.nextSignIn(FC, member.subject(), providerSession);
        Page again = browser.get(recent[1].substring(1));
        assertThat(query(again.location())).containsEntry("prompt", "login").containsEntry("max_age", "0")
                .containsEntry("acr_values", "eidas1");
        Page older = browser.get(browser.get(answeredAtOnce(again.location())).location());
        assertThat(older.status()).isEqualTo(401);
        assertThat(older.text()).contains("n'a pas pu confirmer votre identité").doesNotContain("Exception");
        assertThat(lastRefusal()).contains("auth_time " + hourAgo + " before the re-authentication");

        long now = Instant.now().getEpochSecond();
        Map<String, Object> fresh = new LinkedHashMap<>(claims());
        fresh.put("auth_time", now);
        OIDC.nextSignIn(FC, member.subject(), fresh);
        Page back = browser.get(browser.get(answeredAtOnce(browser.get(recent[1].substring(1)).location())).location());
        assertThat(back.location()).endsWith("/home.xhtml");
        assertThat(browser.get("public/oidc-probe/recent").body()).startsWith(now + " ");
        assertThat(query(client().get("oidc/franceconnect/start").location())).as("a plain sign-in asks nothing more")
                .doesNotContainKeys("prompt", "max_age");
    }

    /**
     * The authorization address without {@code prompt} nor {@code max_age}: the test provider would show its login form
     * for them, and the ID token's {@code auth_time} tells how recent the authentication is anyway.
     */
    private static String answeredAtOnce(String authorization) {
        return authorization.replaceAll("&(prompt|max_age)=[^&]*", "");
    }

    /** A password sign-in after a provider's in the same browser keeps nothing of the provider's (nor its logout). */
    @Test
    void aPasswordSignInAfterAProviderSignInInTheSameBrowserKeepsNothingOfTheProvider() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient browser = client();
        assertThat(codeFlow(browser).location()).endsWith("/home.xhtml");
        assertThat(browser.get("public/oidc-probe/recent").body()).doesNotStartWith("none");

        String other = (String) value("select login from web_account where id = ?", memberAccount());
        Page home = browser.login(other, "Adherent#2026");

        assertThat(home.uri().getPath()).endsWith("/home.xhtml");
        assertThat(browser.get("public/oidc-probe/recent").body()).isEqualTo("none none");
        Page leaving = home.form("header").submit("header:logout");
        assertThat(leaving.html().select("a[href*=endsession]")).as("no logout at the provider with the other's token").isEmpty();
        signedOut(browser);
    }

    @Test
    void anIdentityLinkedToNoAccountOpensNothingWithoutALinkingPage() {
        OIDC.nextSignIn(FC, "unknown-" + UUID.randomUUID(), claims());

        WebClient browser = client();
        refused(browser, codeFlow(browser), 403, "Votre identité n'est rattachée à aucun espace adhérent",
                "reason=unlinked");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws SQLException {
        Linked member = linkedMember();
        OIDC.nextSignIn(FC, member.subject(), claims());
        WebClient browser = client();
        Page home = browser.follow(codeFlow(browser));
        assertThat(home.uri().getPath()).endsWith("/home.xhtml");

        Page leaving = home.form("header").submit("header:logout");

        assertThat(leaving.status()).isEqualTo(200);
        String endSession = leaving.html().select("main a.button").attr("href");
        assertThat(leaving.html().select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0;url=" + endSession);
        assertThat(endSession).startsWith(OIDC.issuer(FC) + "/endsession");
        Map<String, String> logout = query(endSession);
        assertThat(logout).containsKeys("id_token_hint", "state");
        assertThat(logout.get("post_logout_redirect_uri")).endsWith("/oidc/franceconnect/logged-out");
        Page back = browser.get(endSession);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).startsWith(logout.get("post_logout_redirect_uri"));
        Page loggedOut = browser.get(back.location());
        assertThat(loggedOut.status()).isEqualTo(200);
        assertThat(loggedOut.text()).contains("Vous êtes déconnecté(e) de votre espace adhérent et de FranceConnect.");
        signedOut(browser);
    }

    /**
     * A French page with this status and text, the audit line of the refusal with its cause, and no session: a member
     * page sends to the sign-in page.
     */
    private static void refused(WebClient browser, Page answer, int status, String text, String audited) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(lastRefusal()).contains(audited);
        assertThat(answer.html().select("html").attr("lang")).isEqualTo("fr");
        assertThat(answer.text()).contains(text).contains("Revenir à la page de connexion").doesNotContain("Exception");
        signedOut(browser);
    }

    private static String lastRefusal() {
        Object detail = value("select detail from audit_event where action = 'OIDC_REFUSED' order by id desc limit 1");
        return detail == null ? "" : detail.toString();
    }

    private record Linked(long accountId, String subject) {
    }

    /** A member with an account and a FranceConnect identity linked to it. */
    private static Linked linkedMember() throws SQLException {
        long account = memberAccount();
        String subject = "fc-sub-" + UUID.randomUUID();
        link(account, subject);
        return new Linked(account, subject);
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
