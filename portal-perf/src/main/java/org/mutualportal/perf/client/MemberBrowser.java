package org.mutualportal.perf.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One member's browser, for the probes that need a signed-in session outside Gatling (search timings, session
 * sizes): keeps cookies, follows redirects, and signs in through the login form the way a browser does — with
 * the view state and the CSP nonce PrimeFaces' script would add ({@code docs/stack-notes.md}). Why not
 * {@code portal-testing}'s {@code WebClient}: it brings JUnit, Arquillian, GreenMail and Selenium onto the
 * harness's class path, for a sign-in and a few GETs.
 */
public final class MemberBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*?nonce=\"([^\"]+)\"");
    private static final Pattern DETAIL = Pattern.compile("href=\"([^\"]*/reimbursements/payment\\.xhtml\\?id=\\d+)\"");

    private final URI base;
    private final HttpClient http;

    public MemberBrowser(URI base) {
        this.base = base;
        // HTTP/1.1 as browsers speak it to a plain-HTTP server (no h2c upgrade); see ImportApi.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GET, expecting 200; returns the body. */
    public String get(String path) throws IOException, InterruptedException {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** GET, expecting 200; returns the body as it came (a PDF, a CSV). */
    public byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Language", "fr-FR").timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + (body.length() > 500 ? body.substring(0, 500) + "…" : body));
        }
        return response.body();
    }

    /** Signs in and returns the landing page (the dashboard for a member). */
    public String login(String login, String password) throws IOException, InterruptedException {
        String page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:identifier", login);
        form.put("login:password", password);
        form.put("login:submit", "login:submit");
        form.put("jakarta.faces.ViewState", first(VIEW_STATE, page, "view state"));
        form.put("primefaces.nonce", first(NONCE, page, "CSP nonce"));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr-FR")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200 || !response.uri().getPath().endsWith("/home.xhtml")) {
            throw new IllegalStateException("Sign-in of " + login + " failed: " + response.statusCode() + " " + response.uri());
        }
        return response.body();
    }

    /** The first payment-detail link of a search page. */
    public static String firstDetail(String searchPage) {
        return first(DETAIL, searchPage, "payment link").replace("&amp;", "&");
    }

    private static String first(Pattern pattern, String page, String what) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No " + what + " in the page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
