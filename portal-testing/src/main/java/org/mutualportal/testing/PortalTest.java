package org.mutualportal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test on Payara Micro against the embedded PostgreSQL and the test SMTP server (both must be
 * up before Arquillian reads its configuration, which carries their ports).
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;PortalTest
 * class PaymentsIT {
 *     &#64;Deployment
 *     static WebArchive deployment() { return PortalDeployment.module().build(); }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({EmbeddedDatabase.class, TestMailServer.class, ArquillianExtension.class})
public @interface PortalTest {
}
