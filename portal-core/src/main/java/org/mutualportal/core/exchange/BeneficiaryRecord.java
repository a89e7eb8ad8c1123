package org.mutualportal.core.exchange;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.api.member.Relationship;

/** A person covered by a membership, as the management system sends it. */
@Schema(name = "Beneficiary", description = "Un bénéficiaire couvert par une adhésion (l'adhérent lui-même compris).")
public record BeneficiaryRecord(
        @Schema(required = true, maxLength = 64, description = "Identifiant du bénéficiaire dans le système de gestion.",
                example = "GES-BEN-000123-2") String externalId,
        @Schema(required = true, maxLength = 64, description = "Identifiant (externalId) de l'adhésion ; il ne change "
                + "plus une fois le bénéficiaire créé.", example = "GES-ADS-000123-1") String membership,
        @Schema(required = true, maxLength = 80, example = "Leroy") String lastName,
        @Schema(required = true, maxLength = 80, example = "Lucas") String firstName,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2012-09-03") LocalDate birthDate,
        @Schema(required = true, description = "Lien avec l'adhérent (MEMBER pour l'adhérent lui-même).")
        Relationship relationship,
        @Schema(maxLength = 15, description = "Numéro de sécurité sociale (NIR, 15 caractères, clé vérifiée).",
                example = "1120913055123xx") String nir,
        @Schema(maxLength = 15, description = "NIR de l'assuré auquel le bénéficiaire est rattaché, s'il n'est pas le sien.")
        String attachedToNir,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2012-09-03") LocalDate startDate,
        @Schema(type = SchemaType.STRING, format = "date", description = "Fin de la couverture.") LocalDate endDate) {
}
