package org.mutualportal.launcher;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Starts the demo's identity provider ({@link DemoIdentityProvider}) and says how the portal reaches it: the
 * members' "S'identifier avec FranceConnect" button (issuer {@code franceconnect}) and the staff's "Espace
 * collaborateurs" (issuer {@code entreprise}, groups {@code portal-staff} and {@code portal-admin}).
 *
 * <p>The provider and its libraries ({@code lib/demo-idp/}, copied at package time, on no class path) get a class
 * loader of their own whose parent is the platform's: Payara Micro runs in this JVM and must see none of them.
 */
final class DemoIdentityProviders {

    static final String MEMBERS = "franceconnect";
    static final String STAFF = "entreprise";
    private static final String CLIENT_ID = "portail-adherent-demo";
    private static final String CLIENT_SECRET = "demo-secret-ne-pas-utiliser-en-production";

    private DemoIdentityProviders() {
    }

    /** Starts the provider on {@code port}; the returned handle stops it. */
    static AutoCloseable start(Path launcherDirectory, int port) throws Exception {
        List<URL> jars = new ArrayList<>();
        jars.add(DemoIdentityProviders.class.getProtectionDomain().getCodeSource().getLocation());
        try (Stream<Path> own = Files.list(launcherDirectory.resolve("lib/demo-idp"));
                Stream<Path> shared = Files.list(launcherDirectory.resolve("lib"))) {
            for (Path jar : Stream.concat(own, shared.filter(DemoIdentityProviders::sharedWithTheProvider)).toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        URLClassLoader loader = new URLClassLoader("demo-identity-provider", jars.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Path page = Files.createTempFile("portal-demo-idp-", ".html");
        page.toFile().deleteOnExit();
        try (InputStream in = DemoIdentityProviders.class.getResourceAsStream("demo-identities.html")) {
            Files.write(page, in.readAllBytes());
        }
        Thread current = Thread.currentThread();
        ClassLoader former = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        try {
            AutoCloseable provider = (AutoCloseable) Class.forName(DemoIdentityProvider.class.getName(), true, loader)
                    .getMethod("start", int.class, String.class).invoke(null, port, page.toString());
            return () -> {
                provider.close();
                loader.close();
            };
        } finally {
            current.setContextClassLoader(former);
        }
    }

    /** The libraries of the launcher's class path the provider may load too (never Payara or the portal). */
    private static boolean sharedWithTheProvider(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") && !name.startsWith("payara-micro") && !name.startsWith("portal-");
    }

    /** The portal's configuration for both demo providers. */
    static Map<String, String> portalConfig(int port) {
        Map<String, String> config = new TreeMap<>();
        String members = "portal.oidc." + MEMBERS + ".";
        config.put(members + "issuer", issuer(port, MEMBERS));
        config.put(members + "client-id", CLIENT_ID);
        config.put(members + "client-secret", CLIENT_SECRET);
        config.put(members + "label", "FranceConnect");
        config.put(members + "style", "franceconnect");
        String staff = "portal.oidc." + STAFF + ".";
        config.put(staff + "issuer", issuer(port, STAFF));
        config.put(staff + "client-id", CLIENT_ID);
        config.put(staff + "client-secret", CLIENT_SECRET);
        config.put(staff + "audience", "staff");
        config.put(staff + "label", "Compte de la mutuelle");
        config.put(staff + "style", "plain");
        config.put(staff + "roles-claim", "groups");
        return config;
    }

    static String issuer(int port, String issuerId) {
        return "http://localhost:" + port + "/" + issuerId;
    }
}
