package org.mutualportal.core.exchange;

import java.util.List;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.mutualportal.spi.PortalModule;

/**
 * Two test modules with an API resource each, packaged in a JAR like a real module: "echo" (enabled) and
 * "mute" (switched off by configuration), to show that a module's API follows its switch.
 */
public final class ProbeModules {

    private ProbeModules() {
    }

    public static JavaArchive jar() {
        return ShrinkWrap.create(JavaArchive.class, "module-echo.jar")
                .addClasses(ProbeModules.class, EchoModule.class, EchoResource.class, MuteModule.class, MuteResource.class)
                .addAsManifestResource("sample-module/META-INF/beans.xml", "beans.xml");
    }

    /** An enabled module with an API resource. */
    @ApplicationScoped
    public static class EchoModule implements PortalModule {
        @Override
        public String id() {
            return "echo";
        }

        @Override
        public String bundle() {
            return "org.mutualportal.core.sample.messages";
        }

        /** A request type whose steps the management system reports (stages). */
        @Override
        public List<RequestType> requestTypes() {
            return List.of(new RequestType("echo.claim", "request.claim", 5, true).withStages(
                    new RequestStage("INCOMPLETE", "request.stage.incomplete", RequestStatus.IN_PROGRESS, true),
                    new RequestStage("PAID", "request.stage.paid", RequestStatus.DONE, false)));
        }
    }

    @Path("/v1/echo/ping")
    public static class EchoResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "echo";
        }
    }

    /** A module switched off by configuration ({@code portal.modules.mute.enabled=false}). */
    @ApplicationScoped
    public static class MuteModule implements PortalModule {
        @Override
        public String id() {
            return "mute";
        }

        @Override
        public String bundle() {
            return "org.mutualportal.core.sample.messages";
        }
    }

    @Path("/v1/mute/ping")
    public static class MuteResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "mute";
        }
    }
}
