package org.mutualportal.perf.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's import API ({@code docs/data-exchange.md}) as the management system calls it: HTTP Basic as a
 * system client, a JSON array of records per call, a batch report back. Why the harness goes through it rather
 * than SQL: the issue asks for the production import path, so the volumes also measure the import itself and
 * the rows look exactly like the ones the portal writes.
 */
public final class ImportApi {

    private static final Pattern COUNT = Pattern.compile("\"(received|created|updated|unchanged|rejectedRecords)\"\\s*:\\s*(\\d+)");

    private final URI base;
    private final String authorization;
    /**
     * HTTP/1.1 only: by default the JDK client upgrades to HTTP/2 (h2c), and after about 1.5 million records on one
     * connection Payara's flow-control window updates overflowed the client's window ("protocol error" in
     * {@code handleWindowUpdate}). The management system's clients speak HTTP/1.1 anyway.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public ImportApi(URI base, String client, String secret) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** What one call did. */
    public record Report(int received, int created, int updated, int unchanged, int rejected) {
    }

    /**
     * Sends one batch to {@code /api/v1/<resource>}.
     *
     * @throws IllegalStateException on any status but 200 or any rejected record: a benchmark on half-imported data
     *                               would measure something else
     */
    public Report post(String resource, List<String> records) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(records.size() * 600).append('[');
        for (String record : records) {
            body.append(body.length() > 1 ? "," : "").append(record);
        }
        body.append(']');
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/" + resource))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = sendWithRetry(request);
        String answer = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /api/v1/" + resource + " answered " + response.statusCode() + ": "
                    + abbreviate(answer));
        }
        int[] counts = new int[5];
        Matcher m = COUNT.matcher(answer);
        while (m.find()) {
            int value = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "received" -> counts[0] = value;
                case "created" -> counts[1] = value;
                case "updated" -> counts[2] = value;
                case "unchanged" -> counts[3] = value;
                default -> counts[4] = value;
            }
        }
        Report report = new Report(counts[0], counts[1], counts[2], counts[3], counts[4]);
        if (report.rejected() > 0 || report.received() != records.size()) {
            throw new IllegalStateException("POST /api/v1/" + resource + " refused records: " + abbreviate(answer));
        }
        return report;
    }

    /**
     * Sends, and sends again after a broken connection (twice at most). Why this is safe: an import is an upsert by
     * external id, so a batch the portal did apply before the connection broke comes back {@code unchanged}.
     */
    private HttpResponse<String> sendWithRetry(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.printf("  %s %s failed (%s), sending again%n", request.method(), request.uri(), e);
                Thread.sleep(2_000);
            }
        }
    }

    /** Waits until the portal answers {@code /health/ready} with 200. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal at " + base + " was not ready within " + timeout);
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
