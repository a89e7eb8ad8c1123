package org.mutualportal.core.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.security.Roles;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.security.AccessRules;
import org.mutualportal.core.shell.MutualSettings;
import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.spi.Placement;

/**
 * The mutual's legal particulars for the legal pages ({@code portal.legal.*}). None has a default: a legal
 * notice naming another mutual's host or DPO would be worse than one saying a particular is missing, so an
 * unset key shows as "(à renseigner par la mutuelle)" and appears unset on the administrators' configuration
 * page. The demo launcher sets demo values. The mutual's name, address and phone come from
 * {@code portalSettings}.
 */
@Named("legal")
@ApplicationScoped
public class LegalSettings {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRANCE);

    @Inject
    @ConfigProperty(name = "portal.legal.legal-form")
    Optional<String> legalForm;

    @Inject
    @ConfigProperty(name = "portal.legal.siren")
    Optional<String> siren;

    @Inject
    @ConfigProperty(name = "portal.legal.publication-director")
    Optional<String> publicationDirector;

    @Inject
    @ConfigProperty(name = "portal.legal.host.name")
    Optional<String> hostName;

    @Inject
    @ConfigProperty(name = "portal.legal.host.address")
    Optional<String> hostAddress;

    @Inject
    @ConfigProperty(name = "portal.legal.host.phone")
    Optional<String> hostPhone;

    @Inject
    @ConfigProperty(name = "portal.legal.host.certification")
    Optional<String> hostCertification;

    @Inject
    @ConfigProperty(name = "portal.legal.dpo.email")
    Optional<String> dpoEmail;

    @Inject
    @ConfigProperty(name = "portal.legal.dpo.address")
    Optional<String> dpoAddress;

    @Inject
    @ConfigProperty(name = "portal.legal.retention.contract")
    Optional<String> contractRetention;

    @Inject
    @ConfigProperty(name = "portal.legal.retention.requests")
    Optional<String> requestsRetention;

    @Inject
    @ConfigProperty(name = "portal.legal.retention.logs")
    Optional<String> logsRetention;

    @Inject
    @ConfigProperty(name = "portal.legal.accessibility.contact")
    Optional<String> accessibilityContact;

    @Inject
    @ConfigProperty(name = "portal.legal.accessibility.date")
    Optional<LocalDate> accessibilityDate;

    // The cookies page states the lifetimes the portal really applies: the same keys and defaults as the
    // session policy and the second factor.
    @Inject
    @ConfigProperty(name = "portal.session.idle-minutes", defaultValue = "30")
    int sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "portal.session.max-hours", defaultValue = "12")
    int sessionMaxHours;

    @Inject
    @ConfigProperty(name = "portal.login.device-days", defaultValue = "365")
    int deviceDays;

    @Inject
    ModuleRegistry registry;

    @Inject
    MutualSettings mutual;

    /** The legal pages, for the footer. */
    public LegalPage[] getPages() {
        return LegalPage.values();
    }

    public String getLegalForm() {
        return shown(legalForm);
    }

    public String getSiren() {
        return shown(siren);
    }

    public String getPublicationDirector() {
        return shown(publicationDirector);
    }

    public String getHostName() {
        return shown(hostName);
    }

    public String getHostAddress() {
        return shown(hostAddress);
    }

    public String getHostPhone() {
        return shown(hostPhone);
    }

    public String getHostCertification() {
        return shown(hostCertification);
    }

    public String getDpoEmail() {
        return shown(dpoEmail);
    }

    public boolean isDpoEmailSet() {
        return dpoEmail.filter(v -> !v.isBlank()).isPresent();
    }

    /** Where to write to the DPO by post: the mutual's own address, to the DPO's attention, unless set apart. */
    public String getDpoPostalAddress() {
        return dpoAddress.filter(a -> !a.isBlank()).orElseGet(() -> CoreTexts.core("privacy.dpo.post.default",
                mutual.getMutualName(), mutual.getMutualAddress()));
    }

    /**
     * How long a category of the privacy page's table is kept: the mutual's choice for its records, the
     * portal's own rule for the account (erased with it) and the e-mail subscription (until withdrawn).
     */
    public String retention(String category) {
        return switch (category) {
            case "account", "notifications" -> CoreTexts.core("privacy." + category + ".retention");
            case "requests" -> shown(requestsRetention);
            case "logs" -> shown(logsRetention);
            default -> shown(contractRetention);
        };
    }

    public String getAccessibilityContact() {
        return shown(accessibilityContact);
    }

    public boolean isAccessibilityContactSet() {
        return accessibilityContact.filter(v -> !v.isBlank()).isPresent();
    }

    public String getAccessibilityDate() {
        return accessibilityDate.map(FRENCH_DATE::format).orElseGet(LegalSettings::unset);
    }

    public String getSessionCookieLifetime() {
        return CoreTexts.core("cookies.session.lifetime", sessionIdleMinutes, sessionMaxHours);
    }

    public String getDeviceCookieLifetime() {
        return CoreTexts.core("cookies.device.lifetime", deviceDays);
    }

    /**
     * Whether members have pages under "Mon compte" (whichever module provides them): the privacy page then
     * tells them where to export their data or delete their account; otherwise it sends them to the DPO only.
     */
    public boolean isMemberAccountPages() {
        return !registry.menu(Placement.ACCOUNT, path -> AccessRules.allows(path, Set.of(Roles.MEMBER))).isEmpty();
    }

    private static String shown(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).orElseGet(LegalSettings::unset);
    }

    private static String unset() {
        return CoreTexts.core("legal.unset");
    }
}
