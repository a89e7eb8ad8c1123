package org.mutualportal.core.shell;

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
public class PortalSettings {

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

    /** An absolute link to a context-relative path, for e-mails. */
    public String link(String path) {
        return getBaseUrl() + (path.startsWith("/") ? path : "/" + path);
    }
}
