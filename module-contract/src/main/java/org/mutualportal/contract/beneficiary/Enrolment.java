package org.mutualportal.contract.beneficiary;

import java.time.LocalDate;
import org.mutualportal.api.member.Relationship;

/**
 * "J'inscris des bénéficiaires": what the member typed, normalized (trimmed, NIRs without spaces).
 *
 * @param nir the beneficiary's own NIR, for {@link SocialSecurityAttachment#OWN}
 * @param otherNir the insured person's NIR, for {@link SocialSecurityAttachment#OTHER_INSURED}
 */
public record Enrolment(Relationship relationship, String lastName, String firstName, LocalDate birthDate,
        SocialSecurityAttachment attachment, String nir, String otherNir, LocalDate startDate) {

    /** The NIR the Sécurité sociale pays under, whichever the attachment. */
    public String insuredNir(String memberNir) {
        return switch (attachment) {
            case OWN -> nir;
            case MEMBER -> memberNir;
            case OTHER_INSURED -> otherNir;
        };
    }
}
