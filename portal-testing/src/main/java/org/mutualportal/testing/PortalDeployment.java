package org.mutualportal.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds a test WAR the way the real one is built: the module under test as a JAR (from
 * {@code target/classes}), the runtime dependencies of its POM and the core (a module's test dependency),
 * Payara's descriptor from the core — plus the test's own classes and configuration.
 */
public final class PortalDeployment {

    private final String name;
    private final List<JavaArchive> libraries = new ArrayList<>();
    private final List<Class<?>> classes = new ArrayList<>();
    private final Map<String, String> config = new LinkedHashMap<>();
    private boolean includeModule = true;

    private PortalDeployment(String name) {
        this.name = name;
    }

    /** A WAR holding the module whose tests are running (its {@code target/classes}) and its dependencies. */
    public static PortalDeployment module() {
        return new PortalDeployment("test");
    }

    /** Adds a JAR (a test module, for instance). */
    public PortalDeployment withLibrary(JavaArchive library) {
        libraries.add(library);
        return this;
    }

    /** Adds test classes to WEB-INF/classes (helpers the test calls in the container). */
    public PortalDeployment withClasses(Class<?>... more) {
        classes.addAll(List.of(more));
        return this;
    }

    /** A configuration value that overrides the defaults (a {@code microprofile-config.properties} of ordinal 500). */
    public PortalDeployment withConfig(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Several configuration values at once ({@link OidcProvider#portalConfig}, for instance). */
    public PortalDeployment withConfig(Map<String, String> values) {
        config.putAll(values);
        return this;
    }

    public WebArchive build() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        File[] dependencies = Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve().withTransitivity().asFile();
        war.addAsLibraries(dependencies);
        if (testsAModule()) {
            // A module compiles against the module API only; the core that implements it (the module's test
            // dependency) joins its test WAR here, as the portal's WAR assembles both.
            war.addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml").resolve("org.mutualportal:portal-core")
                    .withTransitivity().asFile());
        }
        war.addAsLibraries(Maven.resolver().resolve("org.assertj:assertj-core:" + assertjVersion())
                .withTransitivity().asFile());
        // In-container tests wait on conditions with Awaitility, as client tests do.
        war.addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml").resolve("org.awaitility:awaitility")
                .withTransitivity().asFile());
        if (includeModule && Files.isDirectory(Path.of("target/classes"))) {
            war.addAsLibrary(ShrinkWrap.create(ExplodedImporter.class, moduleJarName())
                    .importDirectory("target/classes").as(JavaArchive.class));
        }
        libraries.forEach(war::addAsLibrary);
        classes.forEach(war::addClass);
        // In-container tests may drive the portal over HTTP too.
        // @PortalTest and its extension must be visible in the container too, or JUnit silently drops the
        // annotation there and in-container methods run without Arquillian's enrichment.
        war.addClasses(PortalDeployment.class, WebClient.class, WebClient.Page.class, WebClient.Form.class,
                PortalTest.class, EmbeddedDatabase.class, TestMailServer.class);
        war.addAsLibraries(Maven.resolver().resolve("org.jsoup:jsoup:" + org.jsoup.Jsoup.class.getPackage().getImplementationVersion())
                .withoutTransitivity().asFile());
        war.addAsWebInfResource(new ClassLoaderAsset("org/mutualportal/core/deployment/payara-web.xml"), "payara-web.xml");
        config.putIfAbsent("config_ordinal", "500");
        // Arquillian's servlet runs the in-container tests without signing in.
        config.putIfAbsent("portal.security.public-paths", "/ArquillianServletRunnerEE9");
        // Every test signs members in from a new client, and many read "the n-th mail" to a member: the notice of a
        // new browser would come in between. The tests of that notice switch it back on (CoreShellIT).
        config.putIfAbsent("portal.login.new-browser-mail", "false");
        // Every test comes from 127.0.0.1: the failed sign-ins of one test would make the next test's sign-ins from
        // that address ask for a code. The tests of that step-up set their own threshold.
        config.putIfAbsent("portal.security.source.risk-after", "1000000");
        // Likewise their failed sign-ins, card checks and reset requests would slow 127.0.0.1 down for the next
        // tests. The tests of the per-source limits (SourceLimitsIT) set the documented thresholds back.
        config.putIfAbsent("portal.security.source.slow-after", "1000000");
        config.putIfAbsent("portal.security.source.refuse-after", "1000000");
        war.addAsResource(new StringAsset(config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"))), "META-INF/microprofile-config.properties");
        return war;
    }

    /** Whether the tests running are a module's rather than the core's own, whose classes are target/classes. */
    private static boolean testsAModule() {
        return !Files.isDirectory(Path.of("target/classes/org/mutualportal/core"));
    }

    private static String moduleJarName() {
        return Path.of("").toAbsolutePath().getFileName() + ".jar";
    }

    private static String assertjVersion() {
        Package assertj = org.assertj.core.api.Assertions.class.getPackage();
        String version = assertj.getImplementationVersion();
        return version == null ? "3.27.7" : version;
    }
}
