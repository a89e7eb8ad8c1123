package org.mutualportal.core.security.oidc.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.OidcProvider;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * "Espace collaborateurs" through the mutual's own provider (a real OpenID Connect provider in the test JVM, issuer
 * {@code entreprise}, {@code audience=staff}, the default claims: {@code groups}, {@code portal-staff},
 * {@code portal-admin}, {@code email}), the whole code flow over HTTP with the browser's cookies: accounts created,
 * linked and refused, roles following the directory's groups at each sign-in, every step in the audit trail. Staff
 * passwords stay on here (the default) except for accounts linked at a staff provider; {@code StaffPasswordOffIT}
 * switches them off. A second staff provider, {@code tenant}, trusts its login claim as one would Entra ID's.
 */
@PortalTest
@RunAsClient
class StaffSignInIT {

    static final OidcProvider OIDC = OidcProvider.start();
    private static final String ISSUER = "entreprise";
    private static final String TENANT = "tenant";
    private static final String FAILED = "Identifiant ou mot de passe incorrect.";
    private static final String PASSWORD = "Collab#Test2026";
    private static final String NO_ACCESS = "Votre compte ne donne pas accès à l'espace collaborateurs";

    @Deployment
    static WebArchive deployment() {
        PortalDeployment deployment = PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class)
                // Sessions are checked against the account at every request: a withdrawn role ends them at once.
                .withConfig("portal.session.recheck-seconds", "0")
                .withConfig("portal.oidc.entreprise.audience", "staff");
        OIDC.portalConfig("entreprise", ISSUER).forEach(deployment::withConfig);
        // After "entreprise" by key: "Espace collaborateurs" stays entreprise's.
        OIDC.portalConfig(TENANT, TENANT).forEach(deployment::withConfig);
        deployment.withConfig("portal.oidc.tenant.audience", "staff")
                .withConfig("portal.oidc.tenant.login-claim", "upn")
                .withConfig("portal.oidc.tenant.trust-login-claim", "true");
        return deployment.build();
    }

    @ArquillianResource
    URL base;

    private final TestMembers db = TestMembers.in(EmbeddedDatabase.dataSource());

    @Test
    void theFirstSignInCreatesAnAuditedStaffAccountAndAWithdrawnGroupEndsTheAccessAtTheNextOne() {
        String email = unique("agent");
        String subject = "sub-" + UUID.randomUUID();

        WebClient browser = client();
        Page landed = signIn(browser, subject, claims(email, List.of("compta", "portal-staff")));

        assertThat(landed.uri().getPath()).endsWith("/staff/index.xhtml");
        assertThat(landed.status()).isEqualTo(200);
        long account = db.count("select id from web_account where login = ?", email);
        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("STAFF");
        assertThat(db.count("select count(*) from web_account where id = ? and member_id is null", account)).isEqualTo(1);
        assertThat(db.count("select count(*) from external_identity where account_id = ? and provider = 'entreprise' and subject = ?",
                account, subject)).isEqualTo(1);
        assertThat(audit("STAFF_SSO_ACCOUNT_CREATED", account)).isEqualTo("provider=entreprise roles=STAFF");
        assertThat(db.count("select count(*) from audit_event where target = ? and detail like '%eyJ%'", "account:" + account))
                .as("no token in the trail").isZero();
        assertThat(db.count("select count(*) from audit_event where action = 'SIGN_IN_CODE_SENT' and target = ?",
                "account:" + account)).as("no e-mailed code: the provider authenticated the person").isZero();
        assertThat(browser.get("admin/index.xhtml").status()).as("STAFF only").isEqualTo(403);

        WebClient later = client();
        Page refused = signIn(later, subject, claims(email, List.of("compta")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains(NO_ACCESS);
        assertThat(later.get("staff/index.xhtml").status()).as("no session").isEqualTo(302);
        assertThat(db.text("select roles from web_account where id = ?", account)).isEmpty();
        assertThat(audit("STAFF_SSO_ROLES_WITHDRAWN", account)).isEqualTo("provider=entreprise roles=STAFF->");
        assertThat(browser.get("staff/index.xhtml").status()).as("the first browser's session ended with the role")
                .isEqualTo(302);

        Page back = signIn(client(), subject, claims(email, List.of("portal-staff")));

        assertThat(back.uri().getPath()).endsWith("/staff/index.xhtml");
        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("STAFF");
        assertThat(audit("STAFF_SSO_ROLES_CHANGED", account)).isEqualTo("provider=entreprise roles=->STAFF");
        assertThat(db.count("select count(*) from web_account where login = ?", email)).as("still one account").isEqualTo(1);
    }

    @Test
    void theAdminGroupGivesAdminAndBothGroupsGiveBoth() {
        String email = unique("it");
        String subject = "sub-" + UUID.randomUUID();

        Page landed = signIn(client(), subject, claims(email, List.of("portal-admin")));

        assertThat(landed.uri().getPath()).endsWith("/admin/index.xhtml");
        long account = db.count("select id from web_account where login = ?", email);
        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("ADMIN");
        assertThat(audit("STAFF_SSO_ACCOUNT_CREATED", account)).isEqualTo("provider=entreprise roles=ADMIN");

        WebClient both = client();
        signIn(both, subject, claims(email, "portal-staff portal-admin"));

        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("ADMIN,STAFF");
        assertThat(audit("STAFF_SSO_ROLES_CHANGED", account)).isEqualTo("provider=entreprise roles=ADMIN->ADMIN,STAFF");
        assertThat(both.get("staff/index.xhtml").status()).isEqualTo(200);
        assertThat(both.get("admin/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    void aStaffAccountWithTheSameLoginIsLinkedOnlyWhenTheProviderVouchesForTheAddressAndThenSignsInOnlyThroughIt() {
        String email = unique("ancien");
        long account = db.staffAccount(email, PASSWORD);
        String subject = "sub-" + UUID.randomUUID();

        Page unverified = signIn(client(), subject, claims(email, List.of("portal-staff")));

        assertThat(unverified.status()).as("no email_verified: nothing vouches for the address").isEqualTo(403);
        assertThat(unverified.text()).contains("n'est pas vérifiée");
        assertThat(db.count("select count(*) from external_identity where account_id = ?", account)).isZero();

        Map<String, Object> verified = claims(email.toUpperCase(java.util.Locale.ROOT), List.of("portal-staff"));
        verified.put("email_verified", true);
        Page landed = signIn(client(), subject, verified);

        assertThat(landed.uri().getPath()).endsWith("/staff/index.xhtml");
        assertThat(audit("STAFF_SSO_ACCOUNT_LINKED", account)).isEqualTo("provider=entreprise");
        assertThat(db.count("select count(*) from external_identity where account_id = ? and subject = ?", account, subject))
                .isEqualTo(1);

        WebClient withPassword = client();
        Page refused = attempt(withPassword, email, PASSWORD);
        assertThat(refused.text()).as("linked: its roles come from the directory, never from a password").contains(FAILED);
        assertThat(withPassword.get("staff/index.xhtml").status()).as("no session").isEqualTo(302);
        assertThat(db.count("select count(*) from audit_event where action = 'LOGIN_REFUSED_STAFF_LINKED' and target = ?",
                "account:" + account)).isEqualTo(1);
        assertThat(db.text("select password_hash from web_account where id = ?", account))
                .as("not rehashed: no more work than a wrong password").startsWith("PBKDF2WithHmacSHA256:1024:");

        String unlinked = unique("sans-lien");
        db.staffAccount(unlinked, PASSWORD);
        assertThat(client().login(unlinked, PASSWORD).uri().getPath()).as("staff passwords are on by default")
                .endsWith("/staff/index.xhtml");
    }

    @Test
    void anExistingAccountFoundByItsAddressWithoutAStaffGroupIsNeitherLinkedNorShutOutOfItsPassword() {
        String email = unique("sans-groupe");
        long account = db.staffAccount(email, PASSWORD);
        Map<String, Object> verified = claims(email, List.of("compta"));
        verified.put("email_verified", true);

        Page refused = signIn(client(), "sub-" + UUID.randomUUID(), verified);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains(NO_ACCESS);
        assertThat(db.count("select count(*) from external_identity where account_id = ?", account)).as("not linked").isZero();
        assertThat(db.text("select roles from web_account where id = ?", account)).as("roles untouched").isEqualTo("STAFF");
        assertThat(audit("STAFF_SSO_REFUSED", account)).isEqualTo("provider=entreprise reason=NO_ROLE roles=");
        assertThat(client().login(email, PASSWORD).uri().getPath()).as("its password still opens it")
                .endsWith("/staff/index.xhtml");
    }

    @Test
    void anAccountLinkedToAnotherPersonAtTheProviderIsNotTakenByItsAddress() {
        String email = unique("titulaire");
        String holder = "sub-" + UUID.randomUUID();
        signIn(client(), holder, claims(email, List.of("portal-staff")));
        long account = db.count("select id from web_account where login = ?", email);
        String other = "sub-" + UUID.randomUUID();
        Map<String, Object> sameAddress = claims(email, List.of("portal-staff", "portal-admin"));
        sameAddress.put("email_verified", true);

        WebClient browser = client();
        Page refused = signIn(browser, other, sameAddress);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("déjà rattaché à une autre personne");
        assertThat(browser.get("staff/index.xhtml").status()).as("no session").isEqualTo(302);
        assertThat(db.count("select count(*) from external_identity where account_id = ? and provider = 'entreprise' and subject = ?",
                account, holder)).as("the holder's link kept").isEqualTo(1);
        assertThat(db.count("select count(*) from external_identity where subject = ?", other)).isZero();
        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("STAFF");
        assertThat(audit("STAFF_SSO_REFUSED", account)).isEqualTo("provider=entreprise reason=LINKED_TO_ANOTHER roles=ADMIN,STAFF");
        assertThat(db.text("select actor from audit_event where action = 'STAFF_SSO_REFUSED' and target = ? order by id desc limit 1",
                "account:" + account)).as("not the account's holder").isNotEqualTo("account:" + account);

        assertThat(signIn(client(), holder, claims(email, List.of("portal-staff"))).uri().getPath())
                .endsWith("/staff/index.xhtml");
    }

    @Test
    void aTrustedLoginClaimLinksAnExistingAccountWhereAnUnverifiedOneIsRefused() {
        String email = unique("entra");
        long account = db.staffAccount(email, PASSWORD);
        Map<String, Object> upn = new LinkedHashMap<>();
        upn.put("upn", email);
        upn.put("groups", List.of("portal-staff"));
        Map<String, Object> username = new LinkedHashMap<>();
        username.put("preferred_username", email);
        username.put("email_verified", true);
        username.put("groups", List.of("portal-staff"));

        Page refused = signIn(client(), "entreprise", ISSUER, "sub-" + UUID.randomUUID(), username);

        assertThat(refused.status()).as("email_verified vouches for the email claim, not for preferred_username")
                .isEqualTo(403);
        assertThat(refused.text()).contains("n'est pas vérifiée");

        String subject = "sub-" + UUID.randomUUID();
        Page landed = signIn(client(), TENANT, TENANT, subject, upn);

        assertThat(landed.uri().getPath()).endsWith("/staff/index.xhtml");
        assertThat(audit("STAFF_SSO_ACCOUNT_LINKED", account)).isEqualTo("provider=tenant");
        assertThat(db.count("select count(*) from external_identity where account_id = ? and provider = 'tenant' and subject = ?",
                account, subject)).isEqualTo(1);
    }

    @Test
    void twoFirstSignInsOfOnePersonAtOnceOpenBothSessionsOnOneAccount() throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        try {
            // A few people, each signing in twice at the same moment: the race is the database's, not the test's.
            for (int person = 0; person < 3; person++) {
                String email = unique("double");
                String subject = "sub-" + UUID.randomUUID();
                WebClient first = client();
                WebClient second = client();
                String firstCallback = atCallback(first, subject, claims(email, List.of("portal-staff")));
                String secondCallback = atCallback(second, subject, claims(email, List.of("portal-staff")));
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Page> one = CompletableFuture.supplyAsync(() -> callback(first, firstCallback, go), callbacks);
                CompletableFuture<Page> two = CompletableFuture.supplyAsync(() -> callback(second, secondCallback, go), callbacks);
                go.countDown();

                for (Page landed : List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS))) {
                    assertThat(landed.status()).as("no error page").isEqualTo(200);
                    assertThat(landed.uri().getPath()).endsWith("/staff/index.xhtml");
                }
                assertThat(db.count("select count(*) from web_account where login = ?", email)).isEqualTo(1);
                long account = db.count("select id from web_account where login = ?", email);
                assertThat(db.count("select count(*) from external_identity where account_id = ?", account)).isEqualTo(1);
                assertThat(db.count("select count(*) from audit_event where action = 'STAFF_SSO_ACCOUNT_CREATED' and target = ?",
                        "account:" + account)).isEqualTo(1);
            }
        } finally {
            callbacks.shutdownNow();
        }
    }

    @Test
    void anAddressTheProviderCallsUnverifiedTakesNoExistingAccount() {
        String email = unique("usurpe");
        long account = db.staffAccount(email, PASSWORD);
        Map<String, Object> unverified = claims(email, List.of("portal-staff"));
        unverified.put("email_verified", false);

        Page refused = signIn(client(), "sub-" + UUID.randomUUID(), unverified);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("n'est pas vérifiée");
        assertThat(db.count("select count(*) from external_identity where account_id = ?", account)).isZero();
        assertThat(audit("STAFF_SSO_REFUSED", account)).isEqualTo("provider=entreprise reason=UNVERIFIED roles=STAFF");
    }

    @Test
    void aMembersAccountIsNeverOpenedNorLinkedThroughTheStaffProvider() {
        String email = unique("adherent");
        TestMembers.Created member = db.individual("Staffnot", "Lina", LocalDate.of(1985, 3, 4));
        long account = db.account(member.memberId(), email, PASSWORD);
        String subject = "sub-" + UUID.randomUUID();

        WebClient browser = client();
        Page refused = signIn(browser, subject, claims(email, List.of("portal-staff", "portal-admin")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Cette adresse e-mail est celle d'un espace adhérent");
        assertThat(browser.get("staff/index.xhtml").status()).isEqualTo(302);
        assertThat(db.text("select roles from web_account where id = ?", account)).isEqualTo("MEMBER");
        assertThat(db.count("select count(*) from external_identity where account_id = ? or subject = ?", account, subject))
                .isZero();
        assertThat(audit("STAFF_SSO_REFUSED", account)).isEqualTo("provider=entreprise reason=MEMBER_ACCOUNT roles=ADMIN,STAFF");
        assertThat(client().login(email, PASSWORD).uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    void noStaffGroupCreatesNothingAndNoAddressIsRefusedWithItsOwnPage() {
        String email = unique("visiteur");

        Page refused = signIn(client(), "sub-" + UUID.randomUUID(), claims(email, List.of("compta")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains(NO_ACCESS);
        assertThat(db.count("select count(*) from web_account where login = ?", email)).isZero();

        Map<String, Object> noAddress = new LinkedHashMap<>();
        noAddress.put("preferred_username", "jdupont");
        noAddress.put("groups", List.of("portal-staff"));
        Page anonymous = signIn(client(), "sub-" + UUID.randomUUID(), noAddress);

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.text()).contains("ne transmet pas d'adresse e-mail");
    }

    @Test
    void theSignInPageOffersTheStaffEntryBelowTheMembersForm() {
        Page login = client().get("login.xhtml");

        assertThat(login.html().select(".login-staff").text()).contains("Vous travaillez à la mutuelle ?")
                .contains("Espace collaborateurs").doesNotContain("compte d'entreprise");
        assertThat(login.html().select("#staff-sso").attr("href")).endsWith("/oidc/entreprise/start");
    }

    /** The whole code flow: the portal's start, the provider's authorization (answering at once), the callback. */
    private Page signIn(WebClient browser, String subject, Map<String, Object> claims) {
        return signIn(browser, "entreprise", ISSUER, subject, claims);
    }

    private Page signIn(WebClient browser, String key, String issuer, String subject, Map<String, Object> claims) {
        OIDC.nextSignIn(issuer, subject, claims);
        Page start = browser.get("oidc/" + key + "/start");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).startsWith(OIDC.issuer(issuer));
        return browser.follow(start);
    }

    /** The code flow up to the provider's answer: the portal's callback address, with its code, not yet followed. */
    private String atCallback(WebClient browser, String subject, Map<String, Object> claims) {
        OIDC.nextSignIn(ISSUER, subject, claims);
        Page authorize = browser.get(browser.get("oidc/entreprise/start").location());
        assertThat(authorize.status()).isEqualTo(302);
        assertThat(authorize.location()).contains("/oidc/entreprise/callback").contains("code=");
        return authorize.location();
    }

    private static Page callback(WebClient browser, String address, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return browser.follow(browser.get(address));
    }

    private static Page attempt(WebClient browser, String login, String password) {
        return browser.get("login.xhtml").form("login").set("login:identifier", login).set("login:password", password)
                .submit("login:submit");
    }

    private static Map<String, Object> claims(String email, Object groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("groups", groups);
        return claims;
    }

    /** The detail of the latest audit line of this action on the account. */
    private String audit(String action, long account) {
        return db.text("select detail from audit_event where action = ? and target = ? order by id desc limit 1", action,
                "account:" + account);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mutuelle.example";
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
