package org.mutualportal.contact.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.settings.PortalSettings;

/**
 * The contact block and form settings ({@code portal.contact.*}): subjects offered, phone line and hours
 * (the guide's by default), message length and daily limit.
 */
@Named("contactSettings")
@ApplicationScoped
public class ContactSettings {

    @Inject
    PortalSettings portal;

    @Inject
    @ConfigProperty(name = "portal.contact.subjects",
            defaultValue = "Mes remboursements,Mon contrat,Mes cotisations,Ma carte de tiers payant,Mes coordonnées,Mon espace adhérent,Réclamation,Autre demande")
    List<String> subjects;

    @Inject
    @ConfigProperty(name = "portal.contact.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "portal.contact.hours",
            defaultValue = "Du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 17h00.")
    String hours;

    @Inject
    @ConfigProperty(name = "portal.contact.message.min-length", defaultValue = "10")
    int minLength;

    @Inject
    @ConfigProperty(name = "portal.contact.message.max-length", defaultValue = "4000")
    int maxLength;

    @Inject
    @ConfigProperty(name = "portal.contact.max-per-day", defaultValue = "5")
    int maxPerDay;

    public List<String> getSubjects() {
        return subjects;
    }

    public String getPhone() {
        return phone.filter(p -> !p.isBlank()).orElse(portal.getMutualPhone());
    }

    /** The number as dialled, for a tel: link. */
    public String getPhoneLink() {
        return "tel:" + getPhone().replaceAll("[^0-9+]", "");
    }

    public String getHours() {
        return hours;
    }

    public int getMinLength() {
        return minLength;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public int getMaxPerDay() {
        return maxPerDay;
    }
}
