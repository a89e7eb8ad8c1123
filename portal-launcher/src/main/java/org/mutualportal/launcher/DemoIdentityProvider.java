package org.mutualportal.launcher;

import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The demo's OpenID Connect provider: the same server the tests use (mock-oauth2-server), with a page that lets the
 * visitor choose one of the demo identities — a FranceConnect-shaped person (given names, family name, birth date)
 * or a collaborator of the mutual with their groups. It serves every issuer under its address:
 * {@code /franceconnect} for the members' button, {@code /entreprise} for "Espace collaborateurs".
 *
 * <p>Loaded by {@link DemoIdentityProviders} in a class loader of its own, never on Payara's class path: the
 * server brings Kotlin, Netty, OkHttp and a Nimbus of its own.
 */
public final class DemoIdentityProvider implements AutoCloseable {

    private final MockOAuth2Server server;

    private DemoIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    /** Called reflectively from the launcher's class loader. */
    public static AutoCloseable start(int port, String loginPage) throws Exception {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, loginPage, null, false,
                new OAuth2TokenProvider()));
        server.start(InetAddress.getLoopbackAddress(), port);
        return new DemoIdentityProvider(server);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
