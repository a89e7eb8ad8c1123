package org.mutualportal.api.settings;

/**
 * The mutual's identity and the portal's public address, from configuration ({@code portal.mutual.*},
 * {@code portal.base-url}): what pages, e-mails and documents print.
 *
 * <p>An application-scoped CDI bean, named {@code portalSettings} for pages
 * ({@code #{portalSettings.mutualName}}); values are read at start and do not change.
 *
 * @since 1.0
 */
public interface PortalSettings {

    /**
     * The mutual's name ("Mutuelle de Marseille Métropole").
     *
     * @return never {@code null}
     */
    String getMutualName();

    /**
     * Its short name ("MMM").
     *
     * @return never {@code null}
     */
    String getMutualShortName();

    /**
     * Its postal address, on one line.
     *
     * @return never {@code null}
     */
    String getMutualAddress();

    /**
     * The members' phone line.
     *
     * @return never {@code null}
     */
    String getMutualPhone();

    /**
     * The mutual's public website.
     *
     * @return never {@code null}
     */
    String getMutualWebsite();

    /**
     * The "Je suis professionnel de santé" link of the landing page.
     *
     * @return never {@code null}
     */
    String getProfessionalLink();

    /**
     * The portal's public address, without a trailing slash: from configuration, never from the request's Host
     * header (which an attacker controls).
     *
     * @return never {@code null}
     */
    String getBaseUrl();

    /**
     * An absolute link to a context-relative path, for e-mails.
     *
     * @param path context-relative, e.g. {@code /public/account/activate.xhtml?token=…}
     * @return never {@code null}
     */
    String link(String path);

    /**
     * The mutual's logo as PNG bytes ({@code portal.mutual.logo}, or the portal's own), for documents.
     *
     * @return never {@code null}; the caller must not change the array
     */
    byte[] logoPng();
}
