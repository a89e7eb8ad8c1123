package org.mutualportal.core.exchange;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.api.member.FamilySituation;

/**
 * A member as the management system sends it. Last name, first name and birth date are also the card data
 * "Créer mon espace" checks, with the membership number of {@link MembershipRecord}.
 */
@Schema(name = "Member", description = "Un adhérent (personne physique) du système de gestion.")
public record MemberRecord(
        @Schema(required = true, maxLength = 64, description = "Identifiant de l'adhérent dans le système de gestion, "
                + "clé de l'import.", example = "GES-ADH-000123") String externalId,
        @Schema(required = true, maxLength = 80, example = "Leroy") String lastName,
        @Schema(required = true, maxLength = 80, example = "Marie") String firstName,
        @Schema(type = SchemaType.STRING, format = "date", required = true, description = "Date de naissance (AAAA-MM-JJ).", example = "1982-04-17")
        LocalDate birthDate,
        @Schema(maxLength = 254, description = "E-mail de contact connu du système de gestion.",
                example = "marie.leroy@example.fr") String email,
        @Schema(maxLength = 20, example = "0612345678") String mobilePhone,
        @Schema(maxLength = 20, example = "0491000000") String homePhone,
        @Schema(description = "Situation de famille.") FamilySituation familySituation,
        @Schema(description = "Adresse postale.") AddressRecord address) {

    /** A French postal address (lines of 38 characters, as the postal standard NF Z 10-011 wants them). */
    @Schema(name = "Address", description = "Adresse postale.")
    public record AddressRecord(
            @Schema(maxLength = 38, example = "12 rue Paradis") String line1,
            @Schema(maxLength = 38, example = "Bâtiment B") String line2,
            @Schema(maxLength = 10, example = "13001") String postcode,
            @Schema(maxLength = 60, example = "MARSEILLE") String city,
            @Schema(maxLength = 60, example = "France") String country) {
    }
}
