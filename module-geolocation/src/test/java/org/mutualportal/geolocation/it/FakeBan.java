package org.mutualportal.geolocation.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Base Adresse Nationale on the loopback interface, never the internet. It answers by
 * what the query contains: "republique" → a GeoCodeJSON match, "lente" → too late (held until the test has seen
 * the adapter give up, {@link #releaseSlowAnswers()}, 2 s at most), "cassee" → not JSON, "panne" → HTTP 500,
 * anything else → no feature (so the portal falls back to its postcode table).
 */
final class FakeBan {

    static final String MATCH = """
            {"type":"FeatureCollection","version":"draft","features":[
              {"type":"Feature","geometry":{"type":"Point","coordinates":[5.376211,43.297112]},
               "properties":{"label":"12 Rue de la République 13002 Marseille","score":0.97,"housenumber":"12",
                 "type":"housenumber","postcode":"13002","city":"Marseille","citycode":"13202"}},
              {"type":"Feature","geometry":{"type":"Point","coordinates":[5.4,43.3]},
               "properties":{"label":"Rue quelconque 13000 Ailleurs","score":0.2,"type":"street","postcode":"13000","city":"Ailleurs"}}
            ],"attribution":"BAN","licence":"ETALAB-2.0","query":"12 rue de la republique marseille","limit":5}""";

    private static HttpServer server;
    static final AtomicInteger CALLS = new AtomicInteger();
    private static volatile CountDownLatch slowAnswers = new CountDownLatch(1);

    private FakeBan() {
    }

    /** Starts it once, on the port of the configured BAN address. */
    static synchronized void startAt(String baseUrl) {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", URI.create(baseUrl).getPort()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/search/", exchange -> {
            CALLS.incrementAndGet();
            String query = URLDecoder.decode(String.valueOf(exchange.getRequestURI().getRawQuery()), StandardCharsets.UTF_8)
                    .toLowerCase(java.util.Locale.ROOT).replace('é', 'e');
            int status = 200;
            String body = "{\"type\":\"FeatureCollection\",\"features\":[]}";
            if (query.contains("lente")) {
                hold(slowAnswers);
            } else if (query.contains("cassee")) {
                body = "<html>Bad gateway</html>";
            } else if (query.contains("panne")) {
                status = 500;
                body = "{}";
            } else if (query.contains("republique")) {
                body = MATCH;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            try {
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException clientGone) {
                // the adapter gave up waiting: that is the point of the slow answer
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Lets the answers held as slow go (the adapter gave up on them), and holds the next ones again. */
    static void releaseSlowAnswers() {
        CountDownLatch released = slowAnswers;
        slowAnswers = new CountDownLatch(1);
        released.countDown();
    }

    private static void hold(CountDownLatch release) {
        try {
            release.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
