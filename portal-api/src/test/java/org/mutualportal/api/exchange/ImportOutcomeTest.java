package org.mutualportal.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportOutcomeTest {

    @Test
    void everyRecordIsCountedOnceAndEachProblemListed() {
        ImportOutcome outcome = new ImportOutcome(5);
        outcome.created(0);
        outcome.updated(1);
        outcome.unchanged(2);
        outcome.reject(3, "lastName", "Champ obligatoire.");
        outcome.reject(3, "birthDate", "Date attendue au format AAAA-MM-JJ.");
        outcome.reject(4, "", "Objet JSON attendu.");

        BatchReport report = outcome.report(true, 42);

        assertThat(report.received()).isEqualTo(report.created() + report.updated() + report.unchanged()
                + report.rejectedRecords());
        assertThat(report.rejectedRecords()).isEqualTo(2);
        assertThat(report.rejected()).hasSize(3).first().isEqualTo(new Rejection(3, "lastName", "Champ obligatoire."));
        assertThat(report.run()).isEqualTo(42);
    }

    @Test
    void aRefusedBatchReportsNothingWritten() {
        ImportOutcome outcome = new ImportOutcome(2);
        outcome.created(0);
        outcome.reject(1, "externalId", "Champ obligatoire.");

        BatchReport report = outcome.report(false, 7);

        assertThat(report.applied()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.rejectedRecords()).isOne();
    }

    @Test
    void theListOfRejectionsIsBoundedButTheCountsStayExact() {
        ImportOutcome outcome = new ImportOutcome(3_000);
        for (int i = 0; i < 3_000; i++) {
            outcome.reject(i, "amount", "Le montant ne peut pas être négatif.");
        }

        BatchReport report = outcome.report(true, 1);

        assertThat(report.rejected()).hasSize(BatchReport.MAX_LISTED);
        assertThat(report.rejectedRecords()).isEqualTo(3_000);
    }
}
