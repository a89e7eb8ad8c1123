package org.mutualportal.documents.card;

import java.time.LocalDate;
import java.util.List;
import org.mutualportal.documents.card.CardSettings.Domain;
import org.mutualportal.documents.coverage.CoverageRules.Period;

/**
 * The content of a tiers-payant card, as professionals read it: who the insurer is (numéro AMC), whose
 * membership, who is covered, until when, and what each care domain is paid. Built from the kernel at each
 * download, so a card always shows the current family and contract.
 */
public record TiersPayantCard(String mutualName, String amcNumber, String memberName, String membershipNumber,
        String contractNumber, String offerLabel, Period validity, List<Holder> holders, List<Domain> domains) {

    public TiersPayantCard {
        holders = List.copyOf(holders);
        domains = List.copyOf(domains);
    }

    /**
     * A person on the card.
     *
     * @param nir the NIR printed for them: their own, or the insured person's they are attached to (may be null)
     */
    public record Holder(String lastName, String firstName, LocalDate birthDate, String nir, String relationship) {

        /** The NIR in its printed groups, {@code 2 78 03 13 055 123 45}. */
        public String printedNir() {
            if (nir == null || nir.length() != 15) {
                return nir == null ? "" : nir;
            }
            return String.join(" ", nir.substring(0, 1), nir.substring(1, 3), nir.substring(3, 5), nir.substring(5, 7),
                    nir.substring(7, 10), nir.substring(10, 13), nir.substring(13));
        }
    }
}
