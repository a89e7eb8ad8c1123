package org.mutualportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.mutualportal.core.exchange.ApiSecretHash;

/**
 * The management system as the tests play it: HTTP calls to the API with Basic credentials, answers parsed
 * with JSON-P (so the in-container tests, where JSON-P is, read them as the real client would), and the
 * import reports checked the same way by every module's import tests. An in-container test adds
 * {@code ApiCalls.class, ApiCalls.Answer.class} to its deployment and {@link #clientsConfig()} to its configuration.
 */
public final class ApiCalls {

    public static final String CLIENT = "gestion";
    public static final String SECRET = "secret-de-test-tres-long-2026";

    /** The system client the demo launcher declares (README), for the end-to-end tests' own HTTP clients. */
    public static final String DEMO_CLIENT = "gestion-demo";
    public static final String DEMO_SECRET = "Gestion#Demo-2026-api";

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiCalls(URI base, String user, String secret) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The API of the portal serving this in-container test, as the configured client. */
    public static ApiCalls from(HttpServletRequest request) {
        return at(URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/"), CLIENT, SECRET);
    }

    /** The API at {@code base} (the test JVM's view of the deployment) as the configured client. */
    public static ApiCalls asClient(URI base) {
        return at(base, CLIENT, SECRET);
    }

    /** The API of a portal the demo launcher runs, as the demo's client (README: {@code gestion-demo}). */
    public static ApiCalls asDemoClient(URI base) {
        return at(base, DEMO_CLIENT, DEMO_SECRET);
    }

    /** The API at {@code base} with these credentials, or none when {@code user} is null. */
    public static ApiCalls at(URI base, String user, String secret) {
        return new ApiCalls(base.toString().endsWith("/") ? base : URI.create(base + "/"), user, secret);
    }

    /** The {@code portal.api.clients} value of the test deployments (few iterations: tests sign in often). */
    public static String clientsConfig() {
        try {
            return CLIENT + ":" + ApiSecretHash.hash(SECRET.toCharArray(), 1024);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Every item of a full pass of the request feed, from the start, page by page. */
    public List<JsonObject> feed() {
        List<JsonObject> items = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 2_000; pages++) {
            JsonObject page = get("api/v1/requests?limit=500" + (after == null ? "" : "&after=" + after)).object();
            page.getJsonArray("items").stream().map(JsonValue::asJsonObject).forEach(items::add);
            if (!page.getBoolean("more")) {
                return items;
            }
            after = page.getString("next");
        }
        throw new AssertionError("The feed never ends");
    }

    /** The request as the feed delivers it, once visible (a transaction committing elsewhere may delay it). */
    public JsonObject awaitInFeed(long id) {
        return await("request " + id + " in the feed").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> feed().stream().filter(item -> item.getJsonNumber("id").longValue() == id).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the API. */
    public record Answer(HttpResponse<byte[]> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public JsonValue json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readValue();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }
    }

    /** Checks the counts of an import report: received, created, updated, unchanged, rejected records. */
    public static void assertReport(JsonObject report, int received, int created, int updated, int unchanged,
            int rejected) {
        assertThat(List.of(report.getInt("received"), report.getInt("created"), report.getInt("updated"),
                report.getInt("unchanged"), report.getInt("rejectedRecords")))
                .as(report.toString()).containsExactly(received, created, updated, unchanged, rejected);
    }

    /** The rejections of an import report as {@code index|field|message}. */
    public static List<String> rejections(JsonObject report) {
        return report.getJsonArray("rejected").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getInt("index") + "|" + r.getString("field") + "|" + r.getString("message")).toList();
    }
}
