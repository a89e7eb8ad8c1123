package org.mutualportal.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time each part of the machine spent per request during a measured loop: the portal's JVM, PostgreSQL,
 * and the rest (Gatling, Maven, anything else running). Throughput on a shared two-core machine moves with what
 * else runs; the server's CPU time per request moves much less, and it says which process the requests cost.
 *
 * <p>Inputs, both written by {@code scripts/benchmark.sh} during the Gatling run:
 * <ul>
 * <li>samples, one line a second: {@code <epoch ms> <portal ticks> <database ticks> <machine busy ticks>}
 * (cumulative clock ticks of {@code /proc/<pid>/stat} and {@code /proc/stat}), after a header line
 * {@code # ticks-per-second <n>};</li>
 * <li>marks, written by the simulation: {@code <epoch ms> <page> start|end}.</li>
 * </ul>
 * The CPU time between two marks is interpolated linearly between the samples around each mark: one-second
 * samples against a loop of 30 s.
 */
public final class CpuPerRequest {

    /** CPU milliseconds per request of one loop, by part. */
    public record Loop(String page, double seconds, long requests, double portal, double database, double rest) {

        /** What the server side costs a request: the portal and its database. */
        public double server() {
            return portal + database;
        }
    }

    /** Cumulative CPU ticks at one instant: the portal's JVM, PostgreSQL, the whole machine (busy). */
    private record Ticks(double portal, double database, double machine) {

        Ticks minus(Ticks earlier) {
            return new Ticks(portal - earlier.portal, database - earlier.database, machine - earlier.machine);
        }

        /** The ticks a share of the way from this sample to the next one. */
        Ticks toward(Ticks next, double share) {
            return new Ticks(portal + share * (next.portal - portal), database + share * (next.database - database),
                    machine + share * (next.machine - machine));
        }
    }

    private record Sample(long at, Ticks ticks) {
    }

    private final double ticksPerSecond;
    private final List<Sample> samples;
    private final Map<String, Long> marks;

    private CpuPerRequest(double ticksPerSecond, List<Sample> samples, Map<String, Long> marks) {
        this.ticksPerSecond = ticksPerSecond;
        this.samples = samples;
        this.marks = marks;
    }

    public static CpuPerRequest read(Path samplesFile, Path marksFile) throws IOException {
        return parse(Files.readAllLines(samplesFile, StandardCharsets.UTF_8),
                Files.readAllLines(marksFile, StandardCharsets.UTF_8));
    }

    static CpuPerRequest parse(List<String> sampleLines, List<String> markLines) {
        double ticksPerSecond = 100;
        List<Sample> samples = new ArrayList<>();
        for (String line : sampleLines) {
            String[] f = line.trim().split("\\s+");
            if (line.startsWith("# ticks-per-second")) {
                ticksPerSecond = Double.parseDouble(f[2]);
            } else if (f.length == 4 && !line.startsWith("#")) {
                samples.add(new Sample(Long.parseLong(f[0]),
                        new Ticks(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]))));
            }
        }
        Map<String, Long> marks = new HashMap<>();
        for (String line : markLines) {
            int space = line.indexOf(' ');
            if (space > 0) {
                marks.putIfAbsent(line.substring(space + 1).trim(), Long.parseLong(line.substring(0, space)));
            }
        }
        return new CpuPerRequest(ticksPerSecond, samples, marks);
    }

    /** The loop of a page, when both its marks fall within the samples. */
    public Optional<Loop> loop(String page, long requests) {
        Long start = marks.get(page + " start");
        Long end = marks.get(page + " end");
        if (start == null || end == null || end <= start || requests <= 0) {
            return Optional.empty();
        }
        Optional<Ticks> before = at(start);
        Optional<Ticks> after = at(end);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Ticks used = after.get().minus(before.get());
        double msPerTickAndRequest = 1000 / ticksPerSecond / requests;
        double portal = used.portal() * msPerTickAndRequest;
        double database = used.database() * msPerTickAndRequest;
        // The machine's busy time includes the portal's and the database's.
        double rest = Math.max(0, used.machine() * msPerTickAndRequest - portal - database);
        return Optional.of(new Loop(page, (end - start) / 1000.0, requests, portal, database, rest));
    }

    /** The cumulative ticks at an instant, between the two samples around it. */
    private Optional<Ticks> at(long instant) {
        for (int i = 1; i < samples.size(); i++) {
            Sample a = samples.get(i - 1);
            Sample b = samples.get(i);
            if (a.at() <= instant && instant <= b.at()) {
                double share = b.at() == a.at() ? 0 : (instant - a.at()) / (double) (b.at() - a.at());
                return Optional.of(a.ticks().toward(b.ticks(), share));
            }
        }
        return Optional.empty();
    }
}
