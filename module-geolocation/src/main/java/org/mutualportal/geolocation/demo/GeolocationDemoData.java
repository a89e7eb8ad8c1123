package org.mutualportal.geolocation.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.mutualportal.spi.DemoData;
import org.mutualportal.geolocation.GeolocationModule;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.DirectoryEntry;
import org.mutualportal.geolocation.directory.DirectoryWriter;
import org.mutualportal.geolocation.directory.GeoMath;

/**
 * About three thousand professionals around Marseille, so that a demo search finds something wherever the
 * member stands in the city: categories in roughly the proportions of a French city (many general
 * practitioners, nurses and physiotherapists, fewer specialists, a pharmacy every few streets), invented
 * names and street names on the real Marseille postcodes, placed around each arrondissement's centre. The
 * RPPS extraction has no fees data; here sector and tiers payant are filled for most rows and left unknown
 * for some, as real data would be. Fixed seed, loaded once. Phone numbers are in the range ARCEP keeps for
 * fiction (04 65 71 xx xx), so no real line is shown.
 */
@ApplicationScoped
public class GeolocationDemoData implements DemoData {

    static final int COUNT = 3_000;

    private static final String[] FIRST = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Lucie",
        "Claire", "Nadia", "Sophie", "Élodie", "Mathilde", "Yasmine", "Anaïs", "Hélène", "Margaux", "Thomas", "Lucas",
        "Hugo", "Nicolas", "Julien", "Mehdi", "Antoine", "Maxime", "Karim", "Romain", "Olivier", "Pierre", "Vincent",
        "Sébastien", "Rémi", "Bastien", "Yanis", "Florian", "Laurent", "Mathieu", "Fabien", "Samir"};
    private static final String[] LAST = {"Arnaud", "Blanc", "Bonnet", "Castel", "Chabert", "Roux", "Fabre", "Garcia",
        "Girard", "Guerin", "Lambert", "Laurent", "Lefort", "Marchetti", "Martinez", "Mercier", "Meunier", "Michel",
        "Morel", "Nicolas", "Olivieri", "Pellegrin", "Perrot", "Reynaud", "Rinaldi", "Rolland", "Santoni", "Sauvage",
        "Sicard", "Tessier", "Vidal", "Barbier", "Benhamou", "Bouzid", "Colombani", "Durand", "Esposito", "Ferrand",
        "Gauthier", "Hamidi", "Jourdan", "Lopez", "Maurel", "Navarro", "Orsini", "Pons", "Rey", "Sanchez", "Tomasi"};
    private static final String[] STREET_TYPES = {"rue", "rue", "rue", "boulevard", "avenue", "traverse", "chemin", "place",
        "impasse", "cours"};
    private static final String[] STREET_NAMES = {"des Oliviers", "des Amandiers", "du Mistral", "des Pêcheurs",
        "des Calanques", "de la Bonne Mère", "des Tamaris", "des Cigales", "du Vieux Moulin", "des Lavandières",
        "des Santons", "de la Farandole", "des Chênes Verts", "du Pastis", "des Mimosas", "des Capucines",
        "de la Sardine", "des Navigateurs", "du Phare", "des Goélands", "de l'Estaque Haute", "des Figuiers",
        "des Platanes", "du Mont Rose", "des Tisserands", "des Savonniers", "de la Corniche Haute", "des Bastides",
        "des Jardiniers", "du Belvédère", "des Calfats", "de la Pinède", "des Romarins", "des Arbousiers"};
    private static final String[] SITE_WORDS = {"du Port", "des Oliviers", "des Calanques", "du Soleil", "de la Corniche",
        "Phocéenne", "du Marché", "de la Gare", "des Platanes", "du Centre", "Saint-Victor", "de la Plage",
        "des Mimosas", "du Prado Haut", "de la Colline", "des Tamaris"};

    /** Category, share per thousand, profession code and label, savoir-faire code and label. */
    private record Kind(Category category, int perMille, String profession, String professionLabel, String savoirFaire,
            String savoirFaireLabel) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Category.GENERAL_PRACTITIONER, 240, "10", "Médecin", "SM54", "Médecine générale"),
            new Kind(Category.NURSE, 180, "60", "Infirmier", null, null),
            new Kind(Category.PHYSIOTHERAPIST, 140, "70", "Masseur-Kinésithérapeute", null, null),
            new Kind(Category.DENTIST, 90, "40", "Chirurgien-Dentiste", null, null),
            new Kind(Category.PHARMACY, 80, null, null, null, null),
            new Kind(Category.OPTICIAN, 50, "28", "Opticien-Lunetier", null, null),
            new Kind(Category.CARDIOLOGIST, 20, "10", "Médecin", "SM04", "Cardiologie et maladies vasculaires"),
            new Kind(Category.DERMATOLOGIST, 15, "10", "Médecin", "SM15", "Dermatologie et vénéréologie"),
            new Kind(Category.GASTROENTEROLOGIST, 10, "10", "Médecin", "SM24", "Gastro-entérologie et hépatologie"),
            new Kind(Category.GYNECOLOGIST, 20, "10", "Médecin", "SM20", "Gynécologie-obstétrique"),
            new Kind(Category.OPHTHALMOLOGIST, 20, "10", "Médecin", "SM38", "Ophtalmologie"),
            new Kind(Category.ENT, 10, "10", "Médecin", "SM39", "Oto-rhino-laryngologie"),
            new Kind(Category.PEDIATRICIAN, 15, "10", "Médecin", "SM40", "Pédiatrie"),
            new Kind(Category.PSYCHIATRIST, 20, "10", "Médecin", "SM42", "Psychiatrie"),
            new Kind(Category.RHEUMATOLOGIST, 7, "10", "Médecin", "SM48", "Rhumatologie"),
            new Kind(Category.RADIOLOGIST, 13, "10", "Médecin", "SM44", "Radio-diagnostic"),
            new Kind(Category.MIDWIFE, 20, "50", "Sage-Femme", null, null),
            new Kind(Category.HEARING_AID, 20, "26", "Audioprothésiste", null, null),
            new Kind(Category.LABORATORY, 20, null, null, null, null),
            new Kind(Category.HOSPITAL, 10, null, null, null, null));

    @Inject
    DirectoryWriter writer;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Override
    public String moduleId() {
        return GeolocationModule.ID;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        List<double[]> centres = marseilleCentres();
        if (centres.isEmpty() || alreadyLoaded()) {
            return;
        }
        List<DirectoryEntry> batch = new ArrayList<>(500);
        for (DirectoryEntry entry : generate(centres)) {
            batch.add(entry);
            if (batch.size() == 500) {
                writer.write(batch);
                batch.clear();
            }
        }
        writer.write(batch);
    }

    /**
     * The demo rows, the same at every call: {@code centres} holds, per Marseille arrondissement, its
     * postcode's number (1–16), latitude and longitude.
     */
    static List<DirectoryEntry> generate(List<double[]> centres) {
        Random random = new Random(20_260_808L);
        int total = KINDS.stream().mapToInt(Kind::perMille).sum();
        List<DirectoryEntry> entries = new ArrayList<>(COUNT);
        for (int n = 1; n <= COUNT; n++) {
            int draw = random.nextInt(total);
            Kind kind = KINDS.get(KINDS.size() - 1);
            for (Kind k : KINDS) {
                if (draw < k.perMille()) {
                    kind = k;
                    break;
                }
                draw -= k.perMille();
            }
            double[] centre = centres.get(random.nextInt(centres.size()));
            String postcode = String.format(Locale.ROOT, "130%02d", (int) centre[0]);
            double[] point = GeoMath.offset(centre[1], centre[2], random.nextGaussian() * 700, random.nextGaussian() * 700);
            String street = (1 + random.nextInt(180)) + " " + STREET_TYPES[random.nextInt(STREET_TYPES.length)] + " "
                    + STREET_NAMES[random.nextInt(STREET_NAMES.length)];
            String phone = String.format(Locale.ROOT, "046571%04d", random.nextInt(10_000));
            String name;
            String site = null;
            if (kind.category().isSite()) {
                name = siteName(kind.category(), random);
            } else {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)].toUpperCase(Locale.FRANCE);
                boolean doctor = "10".equals(kind.profession()) || "40".equals(kind.profession());
                name = (doctor ? "Docteur " : "") + first + " " + last;
                if (random.nextInt(4) == 0) {
                    site = (kind.category() == Category.OPTICIAN || kind.category() == Category.HEARING_AID
                            ? "Centre " : "Cabinet ") + SITE_WORDS[random.nextInt(SITE_WORDS.length)];
                }
            }
            String convention = convention(kind.category(), random);
            Boolean tiersPayant = random.nextInt(8) == 0 ? null
                    : kind.category().isSite() || kind.category() == Category.NURSE ? Boolean.valueOf(random.nextInt(10) > 0)
                    : Boolean.valueOf(random.nextInt(10) < 6);
            entries.add(new DirectoryEntry("DEMO:" + n, null, kind.category(), name, kind.profession(),
                    kind.professionLabel(), kind.savoirFaire(), kind.savoirFaireLabel(), site, street, null, postcode,
                    "Marseille", String.format(Locale.ROOT, "132%02d", (int) centre[0]), phone,
                    round(point[0]), round(point[1]), "DEMO", convention, tiersPayant, "DEMO"));
        }
        return entries;
    }

    private static String siteName(Category category, Random random) {
        String word = SITE_WORDS[random.nextInt(SITE_WORDS.length)];
        return switch (category) {
            case PHARMACY -> "Pharmacie " + word;
            case LABORATORY -> "Laboratoire d'analyses " + word;
            default -> (random.nextBoolean() ? "Clinique " : "Centre hospitalier ") + word;
        };
    }

    /** Conventionnement is a doctor's (and some others') status; unknown for some rows, as in real sources. */
    private static String convention(Category category, Random random) {
        if (category.isSite() || random.nextInt(7) == 0) {
            return null;
        }
        int draw = random.nextInt(100);
        boolean doctor = category != Category.NURSE && category != Category.PHYSIOTHERAPIST
                && category != Category.OPTICIAN && category != Category.HEARING_AID && category != Category.MIDWIFE;
        if (!doctor) {
            return draw < 97 ? "SECTOR_1" : "UNCONVENTIONED";
        }
        return draw < 65 ? "SECTOR_1" : draw < 96 ? "SECTOR_2" : "UNCONVENTIONED";
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private boolean alreadyLoaded() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select 1 from geo_professional where source_key = 'DEMO:1'");
                ResultSet rows = select.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each Marseille arrondissement's centre, from the postcode table (13001–13016). */
    private List<double[]> marseilleCentres() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select postcode, latitude, longitude "
                        + "from geo_postcode where postcode between '13001' and '13016' "
                        + "and commune_code = '132' || right(postcode, 2) order by postcode");
                ResultSet rows = select.executeQuery()) {
            List<double[]> centres = new ArrayList<>();
            while (rows.next()) {
                int arrondissement = Integer.parseInt(rows.getString(1).substring(3));
                // The central arrondissements are denser in professionals: give them more weight.
                int weight = arrondissement <= 8 ? 3 : 2;
                for (int w = 0; w < weight; w++) {
                    centres.add(new double[] {arrondissement, rows.getDouble(2), rows.getDouble(3)});
                }
            }
            return centres;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
