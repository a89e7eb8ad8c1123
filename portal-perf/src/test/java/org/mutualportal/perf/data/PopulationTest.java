package org.mutualportal.perf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 27);

    @Test
    void theLinesAddUpToTheRequestedVolumeAndArePaidEvenly() {
        Population population = new Population(42, 300, 30_001, ANCHOR);
        long lines = IntStream.rangeClosed(1, 300).mapToLong(n -> population.payments(n).stream()
                .mapToLong(p -> p.lines().size()).sum()).sum();
        assertEquals(30_001, lines);
        assertEquals(101, population.lineCount(1));
        assertEquals(100, population.lineCount(2));
        double perPayment = IntStream.rangeClosed(1, 300).mapToDouble(n -> population.payments(n).size()).sum();
        assertTrue(lines / perPayment > 2.7 && lines / perPayment < 3.3, "about three lines per payment: " + lines / perPayment);
    }

    @Test
    void everyPaymentPassesTheImportChecks() {
        Population population = new Population(7, 200, 20_000, ANCHOR);
        for (int n = 1; n <= 200; n++) {
            int beneficiaries = population.beneficiaryCount(n);
            for (Population.Payment payment : population.payments(n)) {
                BigDecimal sum = payment.lines().stream().map(Population.Line::mutualAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(sum, payment.amount(), payment.externalId());
                assertTrue(!payment.paymentDate().isAfter(ANCHOR) && payment.paymentDate().isAfter(ANCHOR.minusMonths(24)),
                        payment.externalId() + " within the 24-month search");
                assertEquals(payment.payee().equals("PROFESSIONAL"), payment.payeeName() != null);
                for (Population.Line line : payment.lines()) {
                    assertTrue(line.ssAmount().add(line.mutualAmount()).compareTo(line.expense()) <= 0,
                            "Sécurité sociale + mutual within the expense: " + line);
                    assertTrue(line.mutualAmount().signum() >= 0 && line.ssAmount().signum() >= 0, line.toString());
                    assertTrue(line.mutualAmount().scale() <= 2 && line.ssAmount().scale() <= 2, line.toString());
                    int index = Integer.parseInt(line.beneficiary().substring(line.beneficiary().lastIndexOf('-') + 1));
                    assertTrue(index >= 1 && index <= beneficiaries, "a beneficiary of the membership: " + line.beneficiary());
                }
            }
        }
    }

    @Test
    void aMemberIsTheSameWhateverTheSizeOfTheRun() {
        Population small = new Population(42, 100, 10_000, ANCHOR);
        Population large = new Population(42, 100_000, 10_000_000, ANCHOR);
        for (int n : List.of(1, 17, 100)) {
            assertEquals(small.memberJson(n), large.memberJson(n));
            assertEquals(small.membershipJson(n), large.membershipJson(n));
            assertEquals(small.beneficiariesJson(n), large.beneficiariesJson(n));
            assertEquals(small.payments(n), large.payments(n));
        }
        assertNotEquals(small.memberJson(1), new Population(43, 100, 10_000, ANCHOR).memberJson(1));
    }

    @Test
    void recordsAreValidJsonShapedTextWithTheImportsFieldNames() {
        Population population = new Population(42, 10, 100, ANCHOR);
        String member = population.memberJson(3);
        assertTrue(member.startsWith("{\"externalId\":\"PERF-ADH-000003\",\"lastName\":\""), member);
        assertTrue(member.contains("\"address\":{\"line1\":"), member);
        String payment = population.payments(3).get(0).toJson();
        assertTrue(payment.contains("\"membership\":\"PERF-ADS-000003\"") && payment.contains("\"lines\":[{\"beneficiary\":\"PERF-BEN-000003-"),
                payment);
        assertEquals("\"a\\\"b\\\\c\"", Json.quote("a\"b\\c"));
        assertEquals(population.beneficiaryCount(3), population.beneficiariesJson(3).size());
        assertTrue(population.beneficiariesJson(3).get(0).contains("\"relationship\":\"MEMBER\""));
    }
}
