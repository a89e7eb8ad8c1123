package org.mutualportal.geolocation.rpps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.DirectoryEntry;

class RppsReaderTest {

    static final String SAMPLE = "/rpps/PS_LibreAcces_Personne_activite_sample.txt";

    static byte[] sample() throws IOException {
        try (InputStream in = RppsReaderTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheSampleByColumnNameAndCountsMalformedLines() throws IOException {
        List<RppsLine> lines = new ArrayList<>();
        RppsReader.Stats stats = RppsReader.read(new ByteArrayInputStream(sample()), "auto", lines::add);

        assertThat(stats.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(stats.lines()).isEqualTo(11);
        assertThat(stats.malformed()).as("a short line and a line without an RPPS number").isEqualTo(2);
        assertThat(lines).hasSize(9);
        RppsLine first = lines.get(0);
        assertThat(first.get(RppsLine.RPPS)).isEqualTo("19900000001");
        assertThat(first.get(RppsLine.FIRST_NAME)).isEqualTo("Aurélie");
        assertThat(first.get(RppsLine.POSTCODE)).isEqualTo("13001");
        assertThat(first.get("Libellé rôle")).as("extra columns are read too").isEmpty();
    }

    @Test
    void anIso88591FileIsDetectedAndReadTheSame() throws IOException {
        byte[] latin1 = new String(sample(), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
        List<RppsLine> lines = new ArrayList<>();

        RppsReader.Stats stats = RppsReader.read(new ByteArrayInputStream(latin1), "auto", lines::add);

        assertThat(stats.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(lines.get(0).get(RppsLine.FIRST_NAME)).isEqualTo("Aurélie");
        assertThat(lines.get(5).get(RppsLine.PROFESSION_LABEL)).isEqualTo("Infirmier");
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() throws IOException {
        String file = "Code postal (coord. structure)|Nom d'exercice|Colonne nouvelle|Identifiant PP|Code profession|\n"
                + "13006|Durand|x|19900000042|60|\n";
        List<RppsLine> lines = new ArrayList<>();
        RppsReader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "UTF-8", lines::add);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.get(RppsLine.RPPS)).isEqualTo("19900000042");
            assertThat(l.get(RppsLine.POSTCODE)).isEqualTo("13006");
        });
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        byte[] other = "postcode;commune\n13001;Marseille\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RppsReader.read(new ByteArrayInputStream(other), "auto", l -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Identifiant PP");
    }

    @Test
    void eachLineBecomesThePractitionerAndOrTheirSite() throws IOException {
        List<List<DirectoryEntry>> entries = new ArrayList<>();
        RppsReader.read(new ByteArrayInputStream(sample()), "auto", l -> entries.add(RppsImporter.entries(l)));

        DirectoryEntry gp = entries.get(0).get(0);
        assertThat(gp.sourceKey()).isEqualTo("PP:19900000001:S19000001");
        assertThat(gp.category()).isEqualTo(Category.GENERAL_PRACTITIONER);
        assertThat(gp.displayName()).isEqualTo("Docteur Aurélie ESTRANGIN");
        assertThat(gp.street()).isEqualTo("12 Rue des Fabres");
        assertThat(gp.communeCode()).isEqualTo("13201");
        assertThat(entries.get(1).get(0).street()).isEqualTo("210b Avenue du Prado");
        assertThat(entries.get(1).get(0).phone()).isEqualTo("0465710002");
        DirectoryEntry pharmacy = entries.get(2).get(0);
        assertThat(pharmacy.sourceKey()).isEqualTo("SITE:S19000003");
        assertThat(pharmacy.category()).isEqualTo(Category.PHARMACY);
        assertThat(pharmacy.displayName()).isEqualTo("PHARMACIE DU LACYDON");
        assertThat(entries.get(3).get(0).sourceKey()).as("the second pharmacist, same site").isEqualTo("SITE:S19000003");
        assertThat(entries.get(4)).extracting(DirectoryEntry::category).containsExactly(Category.LABORATORY);
        assertThat(entries.get(6)).extracting(DirectoryEntry::category)
                .containsExactly(Category.PEDIATRICIAN, Category.HOSPITAL);
        assertThat(entries.get(7)).as("speech therapists are not offered to members").isEmpty();
    }
}
