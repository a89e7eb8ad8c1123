package org.mutualportal.geolocation.rpps;

import java.util.Map;

/**
 * One line of the extraction, read by column name ({@link RppsReader} maps the header), so that a new column
 * in next year's file changes nothing here.
 */
public record RppsLine(int lineNumber, Map<String, String> values) {

    public static final String RPPS = "Identifiant PP";
    public static final String EXERCISE_CIVILITY_LABEL = "Libellé civilité d'exercice";
    public static final String LAST_NAME = "Nom d'exercice";
    public static final String FIRST_NAME = "Prénom d'exercice";
    public static final String PROFESSION_CODE = "Code profession";
    public static final String PROFESSION_LABEL = "Libellé profession";
    public static final String SAVOIR_FAIRE_CODE = "Code savoir-faire";
    public static final String SAVOIR_FAIRE_LABEL = "Libellé savoir-faire";
    public static final String SIRET = "Numéro SIRET site";
    public static final String FINESS = "Numéro FINESS site";
    public static final String STRUCTURE_ID = "Identifiant technique de la structure";
    public static final String SITE_NAME = "Raison sociale site";
    public static final String SITE_BRAND = "Enseigne commerciale site";
    public static final String RECIPIENT_COMPLEMENT = "Complément destinataire (coord. structure)";
    public static final String GEOGRAPHIC_COMPLEMENT = "Complément point géographique (coord. structure)";
    public static final String STREET_NUMBER = "Numéro Voie (coord. structure)";
    public static final String REPETITION = "Indice répétition voie (coord. structure)";
    public static final String STREET_TYPE_CODE = "Code type de voie (coord. structure)";
    public static final String STREET_TYPE_LABEL = "Libellé type de voie (coord. structure)";
    public static final String STREET_NAME = "Libellé Voie (coord. structure)";
    public static final String DISTRIBUTION = "Mention distribution (coord. structure)";
    public static final String CEDEX = "Bureau cedex (coord. structure)";
    public static final String POSTCODE = "Code postal (coord. structure)";
    public static final String COMMUNE_CODE = "Code commune (coord. structure)";
    public static final String COMMUNE = "Libellé commune (coord. structure)";
    public static final String PHONE = "Téléphone (coord. structure)";
    public static final String SECTOR_CODE = "Code secteur d'activité";

    /** The columns a line cannot do without: the header must have them. */
    public static final java.util.List<String> REQUIRED = java.util.List.of(RPPS, LAST_NAME, PROFESSION_CODE, POSTCODE);

    /** The value of a column, stripped; empty when the column is absent or blank. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
