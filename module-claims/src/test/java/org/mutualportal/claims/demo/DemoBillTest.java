package org.mutualportal.claims.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.requests.UploadedFiles;

class DemoBillTest {

    @Test
    void theDemoBillIsAPdfThatReadersOpenWithItsAccents() throws Exception {
        byte[] pdf = DemoBill.pdf(List.of("NOTE D'HONORAIRES", "Séance du 13/11/2026 (ostéopathie)", "Montant : 60,00 €"));

        assertThat(UploadedFiles.sniff(pdf)).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(new PDFTextStripper().getText(document))
                    .contains("NOTE D'HONORAIRES", "Séance du 13/11/2026 (ostéopathie)", "Montant : 60,00 €");
        }
    }
}
