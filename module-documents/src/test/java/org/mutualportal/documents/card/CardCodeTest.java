package org.mutualportal.documents.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualportal.documents.card.CardSettings.Domain;
import org.mutualportal.documents.card.TiersPayantCard.Holder;
import org.mutualportal.documents.coverage.CoverageRules.Period;

class CardCodeTest {

    static final TiersPayantCard CARD = new TiersPayantCard("Mutuelle de Marseille Métropole", "13005678", "Marie LEROY", "100234",
            "IND-2019-004512", "Labellisée Confort", new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            List.of(new Holder("LEROY", "Marie", LocalDate.of(1978, 3, 14), "278031305512345", "MEMBER"),
                    new Holder("LEROY", "Chloé; Anaïs", LocalDate.of(2012, 9, 3), null, "CHILD")),
            List.of(new Domain("PHAR", "100"), new Domain("OPTI", "PEC")));

    @Test
    void thePayloadHoldsTheCardOneFieldALine() {
        assertThat(CardCode.payload(CARD)).isEqualTo("""
                TPM1
                AMC:13005678
                ADH:100234
                CTR:IND-2019-004512
                VAL:20260101-20261231
                BEN:LEROY;Marie;19780314;278031305512345;MEMBER
                BEN:LEROY;Chloé  Anaïs;20120903;;CHILD
                DOM:PHAR=100,OPTI=PEC""");
    }

    @Test
    void theQrCodeReadsBackToThePayloadAccentsIncluded() throws Exception {
        String payload = CardCode.payload(CARD);

        BufferedImage image = CardCode.image(payload);

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(100);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText()).isEqualTo(payload);
    }

    @Test
    void theNirPrintsInItsGroups() {
        assertThat(CARD.holders().get(0).printedNir()).isEqualTo("2 78 03 13 055 123 45");
        assertThat(CARD.holders().get(1).printedNir()).isEmpty();
    }

    @Test
    void theDomainGridPutsCodesOverValuesInColumns() {
        assertThat(CardPdf.grid(List.of(new Domain("PHAR", "100"), new Domain("OPTI", "PEC"), new Domain("HOSP", "NON"))))
                .isEqualTo("PHAR  OPTI  HOSP\n100%  PEC   NON");
        assertThat(CardPdf.label("PHAR")).isEqualTo("Pharmacie");
        assertThat(CardPdf.label("ZZZZ")).as("a code the bundle does not name").isEqualTo("ZZZZ");
    }
}
