package org.mutualportal.documents.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the mutual prints on every tiers-payant card, from configuration: its number as a complementary
 * insurer (numéro AMC, by which professionals bill it) and the care domains open to tiers payant with what
 * each covers ({@code portal.documents.card.domains}: {@code CODE=VALUE,…}, in the order printed). A value
 * is a rate of the Sécurité sociale base ({@code 100}), {@code PEC} (the professional asks the mutual for a
 * prise en charge first) or {@code NON} (no tiers payant). The defaults are demo values.
 */
@ApplicationScoped
public class CardSettings {

    static final String DEFAULT_DOMAINS = "PHAR=100,MEDE=100,RADL=100,LABO=100,AUXM=100,SAGE=100,CSTE=100,TRAN=100,"
            + "DENT=PEC,OPTI=PEC,AUDI=PEC,HOSP=PEC";

    @Inject
    @ConfigProperty(name = "portal.documents.amc-number", defaultValue = "13005678")
    String amcNumber;

    @Inject
    @ConfigProperty(name = "portal.documents.card.domains", defaultValue = DEFAULT_DOMAINS)
    String domains;

    private volatile List<Domain> parsed;

    public String amcNumber() {
        return amcNumber;
    }

    public List<Domain> domains() {
        List<Domain> current = parsed;
        if (current == null) {
            current = parse(domains);
            parsed = current;
        }
        return current;
    }

    /**
     * A care domain of the card and what the mutual pays in it.
     *
     * @param code the four-letter code professionals read (PHAR, LABO, RADL…)
     * @param value a rate ({@code 100}), {@code PEC} or {@code NON}
     */
    public record Domain(String code, String value) {

        /** As printed: {@code 100%}, {@code PEC}, {@code NON}. */
        public String printed() {
            return value.chars().allMatch(Character::isDigit) ? value + "%" : value;
        }
    }

    /**
     * Reads {@code CODE=VALUE,…}.
     *
     * @throws IllegalArgumentException naming the key and the faulty entry, so that a typo stops the first
     *         card rather than printing a wrong one
     */
    static List<Domain> parse(String text) {
        List<Domain> result = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=", 2);
            String code = parts[0].strip().toUpperCase(Locale.ROOT);
            String value = parts.length < 2 ? "" : parts[1].strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{4}") || !value.matches("\\d{1,3}|PEC|NON")) {
                throw new IllegalArgumentException("portal.documents.card.domains: '" + entry.strip()
                        + "' is not CODE=VALUE with a four-letter code and a rate, PEC or NON");
            }
            result.add(new Domain(code, value));
        }
        return List.copyOf(result);
    }
}
