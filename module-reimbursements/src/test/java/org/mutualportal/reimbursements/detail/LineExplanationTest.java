package org.mutualportal.reimbursements.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.reimbursements.payment.GuaranteeBasis;
import org.mutualportal.reimbursements.payment.PaymentLine;

class LineExplanationTest {

    private static final String NBSP = "\u00A0";

    @Test
    void aSpecialistAboveTheGuaranteeLeavesTheDeductibleAndTheExcessFee() {
        PaymentLine line = line("80.00", "30.00", "70", "19.00", "2.00", "39.00", GuaranteeBasis.PERCENT_OF_BASE, "200");

        assertThat(LineExplanation.explain(line)).containsExactly(
                "Vous avez dépensé 80,00" + NBSP + "€.",
                "La Sécurité sociale rembourse 70 % de la base de remboursement de 30,00" + NBSP + "€, soit 21,00" + NBSP
                        + "€, moins 2,00" + NBSP + "€ de participation forfaitaire ou de franchise médicale : elle vous verse 19,00"
                        + NBSP + "€.",
                "Votre garantie « Consultations spécialistes » couvre jusqu'à 200 % de la base de remboursement, Sécurité"
                        + " sociale comprise, soit 60,00" + NBSP + "€ : la mutuelle complète jusqu'à ce montant et verse 39,00"
                        + NBSP + "€.",
                "Il vous reste 22,00" + NBSP + "€ à charge : 2,00" + NBSP + "€ de participation forfaitaire ou de franchise,"
                        + " que la loi interdit aux mutuelles de rembourser, et 20,00" + NBSP + "€ au-delà de votre garantie"
                        + " (dépassement d'honoraires ou prix supérieur au plafond).");
    }

    @Test
    void glassesUnderACapInEuros() {
        PaymentLine line = line("420.00", "0.09", "60", "0.05", "0", "250.00", GuaranteeBasis.AMOUNT, "250.00");

        assertThat(LineExplanation.explain(line)).contains(
                "Votre garantie « Consultations spécialistes » prévoit jusqu'à 250,00" + NBSP + "€ en plus de la Sécurité"
                        + " sociale : la mutuelle verse 250,00" + NBSP + "€.")
                .last().asString().startsWith("Il vous reste 169,95" + NBSP + "€ à charge : la part de la dépense au-delà");
    }

    @Test
    void aHundredPercentSanteCrownLeavesNothingToPay() {
        PaymentLine line = line("500.00", "120.00", "60", "72.00", "0", "428.00", GuaranteeBasis.FULL_COVERAGE_BASKET, null);

        assertThat(LineExplanation.explain(line)).last().isEqualTo("Il ne vous reste rien à payer.");
        assertThat(LineExplanation.explain(line).get(2)).contains("100 % Santé", "428,00");
    }

    @Test
    void anActTheSecuriteSocialeDoesNotCover() {
        PaymentLine line = line("60.00", "0", "0", "0", "0", "30.00", GuaranteeBasis.AMOUNT, "30.00");

        assertThat(LineExplanation.explain(line).get(1)).isEqualTo("Cet acte n'est pas remboursé par la Sécurité sociale.");
    }

    @Test
    void theDeductibleAloneIsExplainedAsTheLaw() {
        PaymentLine line = line("30.00", "30.00", "70", "19.00", "2.00", "9.00", GuaranteeBasis.PERCENT_OF_BASE, "100");

        assertThat(LineExplanation.explain(line)).last().asString()
                .isEqualTo("Il vous reste 2,00" + NBSP + "€ à charge : la participation forfaitaire ou la franchise, que la loi"
                        + " interdit aux mutuelles de rembourser.");
    }

    private static PaymentLine line(String expense, String base, String rate, String ss, String deductible, String mutual,
            GuaranteeBasis basis, String value) {
        return new PaymentLine(1, 1, 1L, "Léa LEROY", "X", "Acte", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5),
                new BigDecimal(expense), new BigDecimal(base), new BigDecimal(rate), new BigDecimal(ss),
                new BigDecimal(deductible), new BigDecimal(mutual), "Consultations spécialistes", basis,
                value == null ? null : new BigDecimal(value));
    }
}
