package org.mutualportal.core.exchange;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The portal's one JAX-RS application, under {@code /api}. It lists no class: resources are discovered in
 * every JAR of the WAR, so a module brings its own import resources under {@code /api/v1/<module id>/…}, and
 * they answer 404 while the module is disabled, like its pages.
 *
 * <p>Its contract, {@code /openapi}, is OpenAPI 3.0.0: Payara 6 implements MicroProfile OpenAPI 3.1, whose model is
 * OpenAPI 3.0.x, the version generators and ESB imports read best. It is built from the annotations of the
 * resources deployed (a module's come with its JAR), completed and cleaned by {@link ApiDocsFilter}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Espace adhérent — échanges avec le système de gestion", version = "1",
                description = "Import des données du système de gestion (adhérents, adhésions, bénéficiaires, "
                        + "paiements, offres, cotisations) et flux des demandes des adhérents à traiter. "
                        + "Authentification HTTP Basic d'un client système (portal.api.clients)."),
        security = @SecurityRequirement(name = "client-systeme"))
@SecurityScheme(securitySchemeName = "client-systeme", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Identifiant et secret d'un client système déclaré dans portal.api.clients.")
public class ExchangeApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Error statuses keep their JSON body instead of the container's HTML error page.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
