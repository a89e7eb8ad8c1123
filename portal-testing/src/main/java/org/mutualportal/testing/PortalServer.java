package org.mutualportal.testing;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole portal — the real WAR with every module — started once for all end-to-end tests of a JVM, the
 * way a user starts it ({@link PortalProcess}). Stopped when the JVM ends.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ExtendWith(PortalServer.class)
 * class DashboardIT {
 *     &#64;Test void … { WebClient client = PortalServer.client(); … }
 * }
 * </pre>
 */
public final class PortalServer implements BeforeAllCallback {

    private static PortalProcess portal;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized URI start() throws IOException {
        if (portal == null) {
            portal = PortalProcess.start(Map.of(), "portal-server-output");
            Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "portal-server-stop"));
        }
        return portal.base();
    }

    /** The portal's address, e.g. {@code http://localhost:41234/}. */
    public static URI base() {
        return portal.base();
    }

    /** The port the portal sends its mail to (start a GreenMail there to read it). */
    public static int mailPort() {
        return portal.mailPort();
    }

    public static WebClient client() {
        return portal.client();
    }

    /** What the portal printed so far (for failure messages). */
    public static List<String> output() {
        return portal.output();
    }
}
