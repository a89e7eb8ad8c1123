package org.mutualportal.core.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualportal.core.security.oidc.ProviderSignIns.claims;
import static org.mutualportal.core.security.oidc.ProviderSignIns.codeFlow;
import static org.mutualportal.core.security.oidc.ProviderSignIns.link;
import static org.mutualportal.core.security.oidc.ProviderSignIns.memberAccount;
import static org.mutualportal.core.security.oidc.ProviderSignIns.signedOut;
import static org.mutualportal.core.security.oidc.ProviderSignIns.value;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.util.UUID;
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
 * An identity linked to no account, with a module's linking page ({@link ProbeLinking}, driven through
 * {@link LinkingProbe}): it waits in the session for the page, {@code ExternalIdentities.linkPending} links it (one
 * link per account and provider, an identity to one account only), and the core's sign-in address then opens the
 * session; links are listed and removed per account. And which Nimbus JARs the portal runs.
 */
@PortalTest
@RunAsClient
class ProviderLinkingIT {

    private static final String FC = "fc";
    static final OidcProvider OIDC = OidcProvider.start();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(ProbeLinking.class, LinkingProbe.class)
                .withConfig(OIDC.portalConfig("franceconnect", FC))
                .withConfig(OIDC.portalConfig("autre", "autre"))
                .withConfig(OIDC.portalConfig("certifie", "certifie"))
                .withConfig("portal.oidc.certifie.verified-identity", "true")
                .build();
    }

    @AfterAll
    static void stopProvider() {
        OIDC.close();
    }

    @ArquillianResource
    URL base;

    @Test
    void anUnlinkedIdentityWaitsForTheLinkingPageThenSignsInOnceLinkedAndLaterGoesStraightIn() {
        long account = memberAccount();
        String subject = "fc-" + UUID.randomUUID();
        OIDC.nextSignIn(FC, subject, claims());
        WebClient browser = client();

        Page answer = codeFlow(browser);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/public/oidc-probe/link");
        assertThat(browser.get(answer.location()).body()).isEqualTo("pending: Marie|Leroy|1980-05-17|franceconnect|FranceConnect");
        signedOut(browser);
        Page linked = browser.get("public/oidc-probe/link?account=" + account);
        assertThat(linked.location()).endsWith("/oidc/continue");
        Page signedIn = browser.get(linked.location());
        assertThat(signedIn.location()).endsWith("/home.xhtml");
        assertThat(browser.follow(signedIn).uri().getPath()).endsWith("/home.xhtml");
        assertThat(browser.get("public/oidc-probe/link").body()).as("no identity pending any more").isEqualTo("none");
        assertThat(value("select count(*) from external_identity where account_id = ? and subject = ?", account, subject))
                .isEqualTo(1L);

        OIDC.nextSignIn(FC, subject, claims());
        WebClient later = client();
        assertThat(codeFlow(later).location()).endsWith("/home.xhtml");
    }

    /**
     * A provider that does not vouch for civil identities (not FranceConnect's style, {@code verified-identity}
     * unset): its names and birth date are whatever its user typed, so its unlinked identity is not kept for the
     * card check; a linked one signs in. With {@code verified-identity=true}, such a provider's identity waits for
     * the linking page as FranceConnect's does.
     */
    @Test
    void anUnlinkedIdentityOfAProviderThatDoesNotVouchForItIsNotKeptForLinking() throws SQLException {
        String subject = "autre-" + UUID.randomUUID();
        OIDC.nextSignIn("autre", subject, claims());
        WebClient browser = client();

        Page answer = codeFlow(browser, "autre");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text()).contains("Identité non rattachable")
                .contains("Fournisseur autre ne certifie pas votre nom ni votre date de naissance")
                .contains("Revenir à la page de connexion");
        assertThat(browser.get("public/oidc-probe/link").body()).as("no identity pending").isEqualTo("none");
        assertThat(value("select detail from audit_event where action = 'OIDC_REFUSED' order by id desc limit 1"))
                .asString().contains("reason=not-linkable");
        signedOut(browser);

        long account = memberAccount();
        link(account, "autre", subject);
        OIDC.nextSignIn("autre", subject, claims());
        assertThat(codeFlow(client(), "autre").location()).as("once linked").endsWith("/home.xhtml");

        OIDC.nextSignIn("certifie", "certifie-" + UUID.randomUUID(), claims());
        assertThat(codeFlow(client(), "certifie").location()).as("verified-identity=true").endsWith("/public/oidc-probe/link");
    }

    @Test
    void aNewLinkReplacesTheAccountsFormerLinkToTheSameProvider() throws SQLException {
        long account = memberAccount();
        link(account, "fc-former-" + UUID.randomUUID());
        String subject = "fc-" + UUID.randomUUID();
        OIDC.nextSignIn(FC, subject, claims());
        WebClient browser = client();
        codeFlow(browser);

        browser.get("public/oidc-probe/link?account=" + account);

        assertThat(value("select string_agg(subject, ',') from external_identity where account_id = ?", account))
                .isEqualTo(subject);
    }

    @Test
    void anIdentityLinkedMeanwhileToAnotherAccountIsNotLinkedAgainAndOpensNothing() throws SQLException {
        long account = memberAccount();
        long another = memberAccount();
        String subject = "fc-" + UUID.randomUUID();
        OIDC.nextSignIn(FC, subject, claims());
        WebClient browser = client();
        codeFlow(browser);
        link(another, subject);

        Page refused = browser.get("public/oidc-probe/link?account=" + account);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(value("select account_id from external_identity where subject = ?", subject)).isEqualTo(another);
        signedOut(browser);
    }

    @Test
    void theSignInAddressWithoutAPendingIdentityOpensNothing() {
        WebClient browser = client();

        Page answer = browser.get("oidc/continue");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("Demande de connexion expirée");
        signedOut(browser);
    }

    @Test
    void anAccountsLinksAreListedAndRemovedByTheAccountOnly() throws SQLException {
        long account = memberAccount();
        long another = memberAccount();
        link(account, "fc-" + UUID.randomUUID());
        long linkId = (Long) value("select id from external_identity where account_id = ?", account);
        WebClient browser = client();

        assertThat(browser.get("public/oidc-probe/links?account=" + account).body())
                .isEqualTo(linkId + ":franceconnect:FranceConnect:false");
        assertThat(browser.get("public/oidc-probe/unlink?account=" + another + "&link=" + linkId).body()).isEqualTo("false");
        assertThat(browser.get("public/oidc-probe/unlink?account=" + account + "&link=" + linkId).body()).isEqualTo("true");
        assertThat(browser.get("public/oidc-probe/links?account=" + account).body()).isEmpty();
    }

    /**
     * Payara Micro's own nimbus-jose-jwt (10.5, in its runtime) shadows the WAR's (the class loader asks its parent
     * first): the OIDC SDK of the WAR runs on it. The SDK 11.30 is built against 10.4.2, so 10.5 serves; this test
     * says so when a Payara upgrade changes it (docs/stack-notes.md).
     */
    @Test
    void theOidcSdkOfTheWarRunsOnPayarasOwnNimbusJoseJwt() {
        String[] origins = client().get("public/oidc-probe/nimbus").body().split("\n");

        assertThat(origins[0]).contains("/runtime/nimbus-jose-jwt.jar").endsWith(" 10.5");
        assertThat(origins[1]).contains("/WEB-INF/lib/oauth2-oidc-sdk-11.30.jar");
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }
}
