package org.mutualportal.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuPerRequestTest {

    /** Ticks at 100 a second; the portal uses 1.5 cores, the database 0.25, the machine 2 in all. */
    private static final List<String> SAMPLES = List.of(
            "# ticks-per-second 100",
            "10000 1000 200 3000",
            "11000 1150 225 3200",
            "12000 1300 250 3400",
            "13000 1450 275 3600");

    @Test
    void splitsTheCpuTimeOfALoopBetweenItsRequestsByProcess() {
        CpuPerRequest cpu = CpuPerRequest.parse(SAMPLES, List.of("10500 dashboard start", "12500 dashboard end"));

        CpuPerRequest.Loop loop = cpu.loop("dashboard", 600).orElseThrow();

        // 2 s: 3 CPU-seconds of portal, 0.5 of database, 4 in all, over 600 requests.
        assertEquals(2.0, loop.seconds(), 1e-9);
        assertEquals(5.0, loop.portal(), 1e-9);
        assertEquals(0.8333, loop.database(), 1e-3);
        assertEquals(0.8333, loop.rest(), 1e-3);
        assertEquals(5.8333, loop.server(), 1e-3);
    }

    @Test
    void answersNothingWhenALoopHasNoMarksOrFallsOutsideTheSamples() {
        CpuPerRequest cpu = CpuPerRequest.parse(SAMPLES, List.of("10500 bare page start", "14000 bare page end",
                "11000 dashboard start"));

        assertTrue(cpu.loop("bare page", 100).isEmpty(), "the end is after the last sample");
        assertTrue(cpu.loop("dashboard", 100).isEmpty(), "no end mark");
        assertTrue(cpu.loop("journey", 100).isEmpty(), "no mark at all");
    }
}
