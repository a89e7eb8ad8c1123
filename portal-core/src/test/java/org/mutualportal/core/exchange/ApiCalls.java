package org.mutualportal.core.exchange;

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
import java.util.Base64;

/**
 * The management system as the tests play it: HTTP calls to the API with Basic credentials, answers parsed
 * with JSON-P (so the in-container tests, where JSON-P is, read them as the real client would).
 */
final class ApiCalls {

    static final String CLIENT = "gestion";
    static final String SECRET = "secret-de-test-tres-long-2026";

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiCalls(URI base, String user, String secret) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** The API of the portal serving this in-container test, as the configured client. */
    static ApiCalls from(HttpServletRequest request) {
        return at(URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/"), CLIENT, SECRET);
    }

    static ApiCalls at(URI base, String user, String secret) {
        return new ApiCalls(base.toString().endsWith("/") ? base : URI.create(base + "/"), user, secret);
    }

    /** The {@code portal.api.clients} value of the test deployments (few iterations: tests sign in often). */
    static String clientsConfig() {
        try {
            return CLIENT + ":" + ApiSecretHash.hash(SECRET.toCharArray(), 1024);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
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
    record Answer(HttpResponse<byte[]> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        byte[] bytes() {
            return response.body();
        }

        String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        JsonValue json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readValue();
            }
        }

        JsonObject object() {
            return json().asJsonObject();
        }
    }
}
