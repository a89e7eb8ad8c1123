package org.mutualportal.geolocation.directory;

import java.util.Set;

/**
 * The categories a member chooses from, and how each maps to the directory's own codes — the one place
 * where RPPS profession codes (nomenclature TRE_G15), savoir-faire codes (TRE_R38, "SM…") and activity
 * sector codes (TRE_R02, "SA…") meet the words members use.
 *
 * <p>Why some categories are sites rather than people: members look for "a pharmacy", "a laboratory", "a
 * hospital", not for the pharmacist or biologist working there. Such lines of the extraction become one row
 * per activity site (named by its "raison sociale"), whoever of its staff the line was about.
 */
public enum Category {
    GENERAL_PRACTITIONER(false),
    CARDIOLOGIST(false),
    DERMATOLOGIST(false),
    GASTROENTEROLOGIST(false),
    GYNECOLOGIST(false),
    OPHTHALMOLOGIST(false),
    ENT(false),
    PEDIATRICIAN(false),
    PSYCHIATRIST(false),
    RHEUMATOLOGIST(false),
    RADIOLOGIST(false),
    DENTIST(false),
    MIDWIFE(false),
    NURSE(false),
    PHYSIOTHERAPIST(false),
    OPTICIAN(false),
    HEARING_AID(false),
    PHARMACY(true),
    LABORATORY(true),
    HOSPITAL(true);

    /** RPPS profession codes (TRE_G15-ProfessionSante). */
    public static final String DOCTOR = "10";
    public static final String PHARMACIST = "21";
    public static final String HEARING_AID_SPECIALIST = "26";
    public static final String OPTICIAN_CODE = "28";
    public static final String DENTAL_SURGEON = "40";
    public static final String MIDWIFE_CODE = "50";
    public static final String NURSE_CODE = "60";
    public static final String PHYSIOTHERAPIST_CODE = "70";

    private static final Set<String> GENERAL_MEDICINE = Set.of("SM54", "SM53", "SM26");
    private static final Set<String> MEDICAL_BIOLOGY = Set.of("SM03", "SM63", "SM64", "SM65", "SM66", "SM67");
    /** Public and private health establishments (TRE_R02-SecteurActivite). */
    private static final Set<String> HOSPITAL_SECTORS = Set.of("SA01", "SA02", "SA03", "SA04");

    private final boolean site;

    Category(boolean site) {
        this.site = site;
    }

    /** Whether rows of this category are activity sites (one per site) rather than practitioners. */
    public boolean isSite() {
        return site;
    }

    /** Key of the label in the module's bundle. */
    public String labelKey() {
        return "category." + name();
    }

    /**
     * What one line of the RPPS extraction adds to the directory: the practitioner under their category,
     * and/or their activity site under a site category.
     *
     * @param practitioner the practitioner's category, if members look for this kind of practitioner
     * @param site the site's category (pharmacy, laboratory, hospital), if the line makes the site findable
     */
    public record Classification(Category practitioner, Category site) {
        public boolean isEmpty() {
            return practitioner == null && site == null;
        }
    }

    /**
     * Classifies a line of the extraction by its codes.
     *
     * @param profession "Code profession" (e.g. 10)
     * @param savoirFaire "Code savoir-faire" (e.g. SM54), may be empty
     * @param sector "Code secteur d'activité" (e.g. SA01), may be empty
     */
    public static Classification classify(String profession, String savoirFaire, String sector) {
        String sf = savoirFaire == null ? "" : savoirFaire.strip();
        Category siteCategory = sector != null && HOSPITAL_SECTORS.contains(sector.strip()) ? HOSPITAL : null;
        if (MEDICAL_BIOLOGY.contains(sf) && (DOCTOR.equals(profession) || PHARMACIST.equals(profession))) {
            return new Classification(null, LABORATORY);
        }
        Category practitioner = switch (profession == null ? "" : profession.strip()) {
            case DOCTOR -> doctor(sf);
            case PHARMACIST -> null;
            case HEARING_AID_SPECIALIST -> HEARING_AID;
            case OPTICIAN_CODE -> OPTICIAN;
            case DENTAL_SURGEON -> DENTIST;
            case MIDWIFE_CODE -> MIDWIFE;
            case NURSE_CODE -> NURSE;
            case PHYSIOTHERAPIST_CODE -> PHYSIOTHERAPIST;
            default -> null;
        };
        if (PHARMACIST.equals(profession) && siteCategory == null) {
            siteCategory = PHARMACY;
        }
        return new Classification(practitioner, siteCategory);
    }

    private static Category doctor(String savoirFaire) {
        if (GENERAL_MEDICINE.contains(savoirFaire)) {
            return GENERAL_PRACTITIONER;
        }
        return switch (savoirFaire) {
            case "SM04" -> CARDIOLOGIST;
            case "SM15" -> DERMATOLOGIST;
            case "SM24" -> GASTROENTEROLOGIST;
            case "SM19", "SM20", "SM51", "SM52" -> GYNECOLOGIST;
            case "SM38" -> OPHTHALMOLOGIST;
            case "SM34", "SM39" -> ENT;
            case "SM40" -> PEDIATRICIAN;
            case "SM42", "SM43" -> PSYCHIATRIST;
            case "SM48" -> RHEUMATOLOGIST;
            case "SM44", "SM55" -> RADIOLOGIST;
            default -> null;
        };
    }
}
