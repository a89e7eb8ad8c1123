package org.mutualportal.testing;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Payara Micro started as a process of its own, with its console captured — for tests about how the
 * server starts (a deployment that must fail with a given message), which Arquillian does not report.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output;
    private final int port;

    private PayaraMicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.output = ConsoleCapture.of(process, "payara-micro-output");
    }

    /** Starts Payara Micro (the jar named by the system property {@code payara.micro.jar}) deploying the WAR. */
    public static PayaraMicroProcess deploy(File war, Map<String, String> systemProperties) {
        try {
            int port = EmbeddedDatabase.freePort();
            List<String> command = new ArrayList<>(List.of(
                    new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx512m"));
            systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(List.of("-jar", System.getProperty("payara.micro.jar"), "--deploy", war.getPath(),
                    "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome", "--nocluster"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new PayaraMicroProcess(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line of the console matches, or the timeout passes; returns whether it matched. */
    public boolean awaitOutput(Predicate<String> line, Duration timeout) {
        try {
            Awaitility.await("a console line").atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> output.stream().anyMatch(line));
            return true;
        } catch (ConditionTimeoutException notThere) {
            return false;
        }
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
