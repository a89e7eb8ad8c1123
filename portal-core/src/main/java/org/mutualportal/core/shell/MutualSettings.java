package org.mutualportal.core.shell;

import org.mutualportal.api.settings.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mutual's identity and the links the shell shows, from configuration ({@code portal.mutual.*},
 * {@code portal.links.*}), so that another mutual deploys the same WAR with its own name and numbers.
 */
@Named("portalSettings")
@ApplicationScoped
public class MutualSettings implements PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.mutual.name")
    String mutualName;

    @Inject
    @ConfigProperty(name = "portal.mutual.short-name")
    String mutualShortName;

    @Inject
    @ConfigProperty(name = "portal.mutual.address")
    String mutualAddress;

    @Inject
    @ConfigProperty(name = "portal.mutual.phone")
    String mutualPhone;

    @Inject
    @ConfigProperty(name = "portal.mutual.website")
    String mutualWebsite;

    @Inject
    @ConfigProperty(name = "portal.links.professional")
    String professionalLink;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    /** A PNG file with the mutual's logo, for documents; the portal's own logo when not set. */
    @Inject
    @ConfigProperty(name = "portal.mutual.logo")
    java.util.Optional<String> logoFile;

    private volatile byte[] logo;

    public String getMutualName() {
        return mutualName;
    }

    public String getMutualShortName() {
        return mutualShortName;
    }

    public String getMutualAddress() {
        return mutualAddress;
    }

    public String getMutualPhone() {
        return mutualPhone;
    }

    public String getMutualWebsite() {
        return mutualWebsite;
    }

    public String getProfessionalLink() {
        return professionalLink;
    }

    /**
     * The portal's public address, for links sent by e-mail: from configuration, never from the request's
     * Host header (which an attacker controls).
     */
    public String getBaseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The mutual's logo as PNG bytes, read once. */
    public byte[] logoPng() {
        byte[] bytes = logo;
        if (bytes == null) {
            try {
                if (logoFile.isPresent() && !logoFile.get().isBlank()) {
                    bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(logoFile.get()));
                } else {
                    try (var in = MutualSettings.class.getResourceAsStream("/org/mutualportal/core/branding/logo.png")) {
                        bytes = in.readAllBytes();
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the logo " + logoFile.orElse("(built-in)"), e);
            }
            logo = bytes;
        }
        return bytes;
    }

    /** An absolute link to a context-relative path, for e-mails. */
    public String link(String path) {
        return getBaseUrl() + (path.startsWith("/") ? path : "/" + path);
    }
}
