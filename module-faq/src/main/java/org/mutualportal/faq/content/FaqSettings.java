package org.mutualportal.faq.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.FrenchFormats;

/**
 * The contract values the FAQ quotes, from configuration: they differ between mutuals and contracts, while
 * the answers that quote them are the same text.
 */
@ApplicationScoped
public class FaqSettings {

    /** Until which age a child stays on a parent's contract. */
    @Inject
    @ConfigProperty(name = "portal.faq.child-age-limit", defaultValue = "20")
    int childAgeLimit;

    /** Until which age a child who studies, is an apprentice or looks for a first job stays on it. */
    @Inject
    @ConfigProperty(name = "portal.faq.student-age-limit", defaultValue = "28")
    int studentAgeLimit;

    /** Within how many days of the birth a newborn declared to the mutual is covered from birth. */
    @Inject
    @ConfigProperty(name = "portal.faq.newborn-declaration-days", defaultValue = "30")
    int newbornDeclarationDays;

    @Inject
    PortalSettings portal;

    public Placeholders placeholders() {
        return new Placeholders(Map.of(
                "mutual-name", portal.getMutualName(),
                "mutual-phone", FrenchFormats.phone(portal.getMutualPhone()),
                "child-age-limit", Integer.toString(childAgeLimit),
                "student-age-limit", Integer.toString(studentAgeLimit),
                "newborn-declaration-days", Integer.toString(newbornDeclarationDays)));
    }
}
