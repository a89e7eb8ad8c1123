package org.mutualportal.launcher;

import fish.payara.micro.boot.PayaraMicroLauncher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Runs the portal for a demonstration: an embedded PostgreSQL whose data stays in {@code .portal-data/}
 * between runs, then Payara Micro serving the WAR at http://localhost:8080/ with demo data.
 *
 * <p>Settings, all optional, from environment variables: {@code PORTAL_PORT} (8080), {@code PORTAL_DATA_DIR}
 * ({@code .portal-data}), {@code PORTAL_DB_PORT} (15432), {@code PORTAL_WAR} (the {@code portal.war} next to
 * this JAR), {@code PORTAL_MAILBOX_PORT} (8025) and {@code PORTAL_DEMO_SMTP_PORT} (2525) for the demo
 * mailbox, which starts unless {@code portal.mail.host} is given; {@code PORTAL_DEMO_IDP_PORT} (8090) for the demo
 * identity provider (FranceConnect's and the staff's sign-in), {@code PORTAL_DEMO_IDP=false} to go without it. Any {@code portal.*} key can be given as {@code -Dportal.x=y} or as an environment variable.
 * Stops cleanly on Ctrl-C or SIGTERM.
 */
public final class PortalLauncher {

    private PortalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("PORTAL_PORT", "8080"));
        int dbPort = Integer.parseInt(env("PORTAL_DB_PORT", "15432"));
        Path dataDir = Paths.get(env("PORTAL_DATA_DIR", ".portal-data")).toAbsolutePath();
        Path war = Paths.get(env("PORTAL_WAR", jarDirectory().resolve("portal.war").toString())).toAbsolutePath();
        if (!Files.isRegularFile(war)) {
            System.err.println("WAR not found: " + war + " — build it first: mvn -q install -DskipTests");
            System.exit(2);
        }

        long started = System.nanoTime();
        EmbeddedPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), dbPort, null, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LocalPostgres.stop(postgres), "portal-postgres-stop"));
        LocalPostgres.prepareDatabase(postgres);

        int mailboxPort = Integer.parseInt(env("PORTAL_MAILBOX_PORT", "8025"));
        boolean demoMailbox = System.getProperty("portal.mail.host") == null && System.getenv("PORTAL_MAIL_HOST") == null;
        if (demoMailbox) {
            int smtpPort = Integer.parseInt(env("PORTAL_DEMO_SMTP_PORT", "2525"));
            DemoMailbox mailbox = DemoMailbox.start(smtpPort, mailboxPort);
            Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop, "portal-mailbox-stop"));
            setDefault("portal.mail.host", "localhost");
            setDefault("portal.mail.port", Integer.toString(smtpPort));
        }

        int identityProviderPort = Integer.parseInt(env("PORTAL_DEMO_IDP_PORT", "8090"));
        boolean demoIdentityProvider = !"false".equalsIgnoreCase(env("PORTAL_DEMO_IDP", "true"));
        AutoCloseable provider = null;
        if (demoIdentityProvider) {
            try {
                provider = DemoIdentityProviders.start(jarDirectory(), identityProviderPort);
            } catch (Exception | LinkageError e) {
                // The demo goes on with passwords only: the sign-in page shows no provider's button.
                System.err.println("Fournisseur d'identité de démonstration non démarré (port " + identityProviderPort
                        + ") : " + e);
                demoIdentityProvider = false;
            }
        }
        if (demoIdentityProvider) {
            AutoCloseable running = provider;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    running.close();
                } catch (Exception ignored) {
                    // The JVM is stopping anyway.
                }
            }, "portal-demo-idp-stop"));
            DemoIdentityProviders.portalConfig(identityProviderPort).forEach(PortalLauncher::setDefault);
        }

        setDefault("portal.db.url", "jdbc:postgresql://localhost:" + dbPort + "/" + LocalPostgres.DB);
        setDefault("portal.db.user", LocalPostgres.DB);
        setDefault("portal.db.password", LocalPostgres.DB);
        setDefault("portal.demo-data", "true");
        setDefault("portal.base-url", "http://localhost:" + port);
        setDefault("portal.api.clients", DEMO_API_CLIENT);
        demoLegalParticulars().forEach(PortalLauncher::setDefault);

        List<String> payara = new ArrayList<>(List.of("--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", memorySessions().toString()));
        payara.addAll(List.of(args));
        PayaraMicroLauncher.create(payara.toArray(String[]::new));
        System.out.printf("%nEspace adhérent prêt en %d s : http://localhost:%d/  (Ctrl-C pour arrêter)%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), port);
        if (demoMailbox) {
            System.out.printf("E-mails envoyés par le portail : http://localhost:%d/%n", mailboxPort);
        }
        if (demoIdentityProvider) {
            System.out.printf("FranceConnect et l'annuaire de la mutuelle, pour la démonstration : %s%n",
                    DemoIdentityProviders.issuer(identityProviderPort, DemoIdentityProviders.MEMBERS));
        }
    }

    /**
     * One instance, no Hazelcast: sessions stay in memory. The WAR is distributable (for clusters), and Payara
     * would otherwise still hand its sessions to the Hazelcast store that {@code --nohazelcast} switched off —
     * an exception logged at every request and a {@code JSESSIONIDVERSION} cookie for nothing.
     */
    private static Path memorySessions() throws IOException {
        Path commands = Files.createTempFile("portal-preboot-", ".txt");
        commands.toFile().deleteOnExit();
        Files.writeString(commands,
                "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n");
        return commands;
    }

    /**
     * A system client of the data-exchange API for the demo only (README, "Demo"): {@code gestion-demo} with the
     * secret {@code Gestion#Demo-2026-api}, so that the API can be tried at once (docs/data-exchange.md). A
     * production deployment does not use this launcher and declares its own clients.
     */
    private static final String DEMO_API_CLIENT = "gestion-demo:PBKDF2WithHmacSHA256:600000:"
            + "SaE3GCyQ4byp8uS0Ftor6Q==:anFg76WNydB6WlhJpGyfFf443tnhmGvbqvqwx3QBWok=";

    /**
     * The demo mutual's legal particulars for the legal pages ({@code portal.legal.*}): a production deployment
     * does not use this launcher and sets its own, which have no default in the portal.
     */
    private static Map<String, String> demoLegalParticulars() throws IOException {
        Properties values = new Properties();
        try (var in = PortalLauncher.class.getResourceAsStream("demo-legal.properties");
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        Map<String, String> particulars = new TreeMap<>();
        values.stringPropertyNames().forEach(key -> particulars.put(key, values.getProperty(key)));
        return particulars;
    }

    private static void setDefault(String key, String value) {
        String fromEnv = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        if (System.getProperty(key) == null && fromEnv == null) {
            System.setProperty(key, value);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path jarDirectory() {
        try {
            return Paths.get(PortalLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (Exception e) {
            return Paths.get(".");
        }
    }
}
