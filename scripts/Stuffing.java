import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A credential-stuffing run as an attacker's script does it, to measure what one address gets processed (issue 24):
 * threads that each fetch the login page, read its hidden fields (view state, CSP nonce) and post a different
 * identifier with a wrong password, for a given time. Prints the attempts answered as ordinary failures (each a
 * password verification) and those refused (HTTP 429), per second.
 *
 * <pre>
 * java scripts/Stuffing.java http://localhost:8080/ 30 8 [X-Forwarded-For value]
 * </pre>
 * Single-file program (JDK 17, no dependency). Run it only against a portal of your own.
 */
public final class Stuffing {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String forwardedFor = args.length > 3 ? args[3] : null;
        AtomicLong processed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                while (System.nanoTime() < end) {
                    try {
                        String page = http.send(request(base.resolve("login.xhtml"), forwardedFor).GET().build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        Map<String, String> fields = new LinkedHashMap<>();
                        Matcher hidden = HIDDEN.matcher(page.substring(page.indexOf("id=\"login\"")));
                        while (hidden.find()) {
                            Matcher name = NAME.matcher(hidden.group());
                            Matcher value = VALUE.matcher(hidden.group());
                            if (name.find()) {
                                fields.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
                            }
                        }
                        Matcher nonce = NONCE.matcher(page);
                        if (nonce.find()) {
                            fields.put("primefaces.nonce", nonce.group(1));
                        }
                        fields.put("login:identifier", "stuffed-" + UUID.randomUUID() + "@example.test");
                        fields.put("login:password", "Devine#" + UUID.randomUUID());
                        fields.put("login:submit", "login:submit");
                        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                                .collect(Collectors.joining("&"));
                        HttpResponse<String> answer = http.send(request(base.resolve("login.xhtml"), forwardedFor)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 429) {
                            refused.incrementAndGet();
                        } else if (answer.statusCode() == 200 && answer.body().contains("Identifiant ou mot de passe incorrect")) {
                            processed.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.printf("%d s, %d threads, one address: %d attempts; processed (password verified) %d = %.1f/s;"
                + " refused (429) %d = %.1f/s; other %d%n", seconds, threads, processed.get() + refused.get() + other.get(),
                processed.get(), processed.get() / (double) seconds, refused.get(), refused.get() / (double) seconds, other.get());
    }

    private static HttpRequest.Builder request(URI uri, String forwardedFor) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept-Language", "fr-FR");
        return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
