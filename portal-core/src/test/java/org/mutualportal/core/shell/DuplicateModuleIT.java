package org.mutualportal.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mutualportal.core.sample.SampleJars;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PayaraMicroProcess;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.WebClient;

/**
 * A WAR holding two modules with the same id does not start, and says why. Run on a Payara Micro process
 * of its own because Arquillian's Payara Micro container does not report a failed deployment.
 */
@ExtendWith(EmbeddedDatabase.class)
class DuplicateModuleIT {

    @Test
    void twoModulesWithTheSameIdStopTheDeploymentWithAClearMessage(@TempDir Path dir) throws Exception {
        File war = dir.resolve("test.war").toFile();
        PortalDeployment.module().withLibrary(SampleJars.sample()).withLibrary(SampleJars.twin()).build()
                .as(ZipExporter.class).exportTo(war, true);

        try (PayaraMicroProcess payara = PayaraMicroProcess.deploy(war, Map.of(
                "portal.db.url", System.getProperty("portal.test.db.url"),
                "portal.db.user", "portal", "portal.db.password", "portal"))) {

            assertThat(payara.awaitOutput(l -> l.contains("Two modules have the id 'sample'"), Duration.ofSeconds(90)))
                    .as(String.join("\n", payara.output())).isTrue();
            assertThat(payara.output()).anySatisfy(l -> assertThat(l)
                    .contains("org.mutualportal.core.sample.SampleModule and org.mutualportal.core.sample.TwinModule"));
            payara.awaitOutput(l -> l.contains("ready in"), Duration.ofSeconds(60));
            assertThat(new WebClient(URI.create("http://localhost:" + payara.port() + "/test/")).get("login.xhtml").status())
                    .as("the portal is not served").isEqualTo(404);
        }
        Files.deleteIfExists(war.toPath());
    }
}
