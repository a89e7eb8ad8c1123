package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.testing.PortalServer;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * What travels to a member's phone (issue 22): pages, Faces' partial responses, styles, scripts, JSON and SVG are
 * gzipped for a browser that accepts it, with {@code Vary: Accept-Encoding}; PDFs, PNGs and fonts are not; and every
 * resource a page of the portal references carries a version in its address and is then cached as immutable.
 */
@ExtendWith(PortalServer.class)
class ResourceDeliveryIT {

    private static final String MEMBER = "marie.leroy@example.fr";
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    /** More pages than the portal has: a crawl that keeps finding new ones is following a loop. */
    private static final int MAX_PAGES = 150;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void textIsGzippedAndWhatIsCompressedAlreadyIsNot() {
        WebClient member = PortalServer.client();
        Document home = member.login(MEMBER, "Adherent#2026").html();
        String session = "JSESSIONID=" + member.cookie("JSESSIONID").orElseThrow().getValue();
        String css = home.select("link[rel=stylesheet][href*=portal.css]").attr("href");
        String js = "jakarta.faces.resource/core.js.xhtml?ln=primefaces";
        String svg = home.select("img[src*=logo.svg]").attr("src");

        Map<String, String> compressed = new LinkedHashMap<>();
        compressed.put("home.xhtml", "text/html");
        compressed.put(css, "text/css");
        compressed.put(js, "javascript");
        compressed.put(svg, "image/svg+xml");
        compressed.put("openapi?format=JSON", "application/json");
        compressed.forEach((path, type) -> {
            HttpResponse<byte[]> gzipped = get(path, session, "gzip, deflate, br");
            HttpResponse<byte[]> plain = get(path, session, null);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).contains(type));
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzipped.headers().allValues("Vary")).as(path).contains("Accept-Encoding");
            assertThat(plain.headers().firstValue("Content-Encoding")).as("%s without Accept-Encoding", path).isEmpty();
            assertThat(plain.headers().allValues("Vary")).as(path).contains("Accept-Encoding");
            if (!path.equals("home.xhtml")) { // a page differs by its view state; the others are the same bytes
                assertThat(gunzip(gzipped.body())).as("%s unzipped", path).isEqualTo(plain.body());
            }
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
            gzipped.headers().firstValue("Content-Length").ifPresent(length ->
                    assertThat(Long.parseLong(length)).as("%s length", path).isEqualTo(gzipped.body().length));
        });
        assertThat(get("openapi?format=JSON", session, "gzip;q=0, identity").headers().firstValue("Content-Encoding"))
                .as("gzip refused").isEmpty();

        Map<String, String> asTheyAre = Map.of(
                "reimbursements/download/releves.pdf?period=24", "application/pdf",
                "jakarta.faces.resource/messages/messages.png.xhtml?ln=primefaces", "image/png",
                "jakarta.faces.resource/primeicons/primeicons.woff2.xhtml?ln=primefaces", "font");
        asTheyAre.forEach((path, type) -> {
            HttpResponse<byte[]> answer = get(path, session, "gzip, deflate, br");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            if (!type.startsWith("font")) {
                assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith(type));
            }
        });
    }

    @Test
    void aFacesPartialResponseIsGzippedWhole() {
        WebClient visitor = PortalServer.client();
        Page login = visitor.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(login.form("login").fields());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "login:submit");
        fields.put("jakarta.faces.partial.execute", "@form");
        fields.put("jakarta.faces.partial.render", "@form");
        fields.put("login:submit", "login:submit");
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<byte[]> partial = send(HttpRequest.newBuilder(PortalServer.base().resolve("login.xhtml"))
                .header("Cookie", "JSESSIONID=" + visitor.cookie("JSESSIONID").orElseThrow().getValue())
                .header("Accept-Encoding", "gzip").header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        assertThat(partial.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(partial.body()), StandardCharsets.UTF_8))
                .contains("<partial-response").endsWith("</partial-response>");
    }

    @Test
    void everyResourceAPageReferencesIsVersionedAndCachedAsImmutable() {
        Map<String, String> unversioned = new TreeMap<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<String> pages = new LinkedHashSet<>();
        WebClient visitor = PortalServer.client();
        crawl(visitor, List.of("", "login.xhtml", "public/account/register.xhtml"), pages, resources, unversioned);
        WebClient member = PortalServer.client();
        member.login(MEMBER, "Adherent#2026");
        crawl(member, List.of("home.xhtml"), pages, resources, unversioned);
        WebClient admin = PortalServer.client();
        admin.login("admin@mutuelle.example", "Administrateur#2026");
        crawl(admin, List.of("staff/index.xhtml", "admin/index.xhtml"), pages, resources, unversioned);

        assertThat(pages).as("pages crawled").contains("/index.xhtml", "/login.xhtml", "/home.xhtml",
                "/reimbursements/search.xhtml", "/contract/index.xhtml", "/staff/index.xhtml", "/admin/index.xhtml");
        // Stylesheets reference fonts and images with url(...): those must be versioned too.
        for (String stylesheet : List.copyOf(resources)) {
            if (stylesheet.contains(".css")) {
                String css = new String(get(stylesheet, null, null).body(), StandardCharsets.UTF_8);
                Matcher url = CSS_URL.matcher(css);
                while (url.find()) {
                    String reference = url.group(1);
                    if (!reference.startsWith("data:") && !reference.startsWith("#")) {
                        // Relative to the stylesheet, as the browser reads it (Leaflet's images/layers.png).
                        String absolute = URI.create(stylesheet).resolve(reference.strip().replace(" ", "%20")).toString();
                        if (own(absolute)) {
                            check(absolute, stylesheet, resources, unversioned);
                        }
                    }
                }
            }
        }
        assertThat(unversioned).as("own resources referenced without a version (resource ← page)").isEmpty();
        assertThat(resources).as("resources referenced").anyMatch(r -> r.contains("portal.css"))
                .anyMatch(r -> r.contains("logo.svg")).anyMatch(r -> r.contains("ln=contract"))
                .anyMatch(r -> r.contains("primeicons.woff"));
        for (String resource : resources) {
            HttpResponse<byte[]> answer = get(resource, null, "gzip");
            assertThat(answer.statusCode()).as(resource).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(resource)
                    .hasValue("public, max-age=31536000, immutable");
        }
        String css = resources.stream().filter(r -> r.contains("portal.css")).findFirst().orElseThrow();
        assertThat(get(css.replaceFirst("v=[^&]+", "v=0ld"), null, null).headers().firstValue("Cache-Control"))
                .as("another version of the resource than its current one").hasValue("no-cache");
        assertThat(get(css.replaceFirst("&v=[^&]+", ""), null, null).headers().firstValue("Cache-Control"))
                .as("the resource without a version").hasValue("no-cache");
    }

    /**
     * Follows the portal's page links breadth-first from {@code starts}, one page per path, never a sign-out or a
     * download, and notes the resources each page's elements reference.
     */
    private void crawl(WebClient client, List<String> starts, Set<String> pages, Set<String> resources,
            Map<String, String> unversioned) {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> followed = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            assertThat(followed).as("pages followed: a crawl this long is following a loop").hasSizeLessThan(MAX_PAGES);
            String next = queue.poll();
            String key = URI.create(PortalServer.base().resolve(next).getRawPath()).getPath();
            if (!followed.add(key)) {
                continue;
            }
            Page page = client.open(next);
            // Redirected (the landing to the dashboard, a page to another): the page is the one shown.
            String shown = page.uri().getPath().equals("/") ? "/index.xhtml" : page.uri().getPath();
            followed.add(shown);
            if (page.status() != 200 || !pages.add(shown)) {
                continue;
            }
            Document html = page.html();
            for (Element element : html.select("link[href], script[src], img[src], source[src], source[srcset], use[href], image[href]")) {
                String reference = element.hasAttr("src") ? element.attr("src")
                        : element.hasAttr("srcset") ? element.attr("srcset").split("\\s")[0] : element.attr("href");
                if (own(reference) && !element.is("link[rel=canonical], link[rel=alternate]")) {
                    check(reference, shown, resources, unversioned);
                }
            }
            for (Element style : html.select("style, [style]")) {
                Matcher url = CSS_URL.matcher(style.is("style") ? style.data() : style.attr("style"));
                while (url.find()) {
                    if (own(url.group(1)) && !url.group(1).startsWith("data:")) {
                        check(url.group(1), shown, resources, unversioned);
                    }
                }
            }
            html.select("a[href]").eachAttr("abs:href").stream()
                    .map(URI::create)
                    .filter(u -> PortalServer.base().getAuthority().equals(u.getAuthority()))
                    .filter(u -> u.getPath().endsWith(".xhtml") && !u.getPath().contains("/download/"))
                    .map(u -> u.getRawPath().substring(1) + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()))
                    .forEach(queue::add);
        }
    }

    private static void check(String reference, String where, Set<String> resources, Map<String, String> unversioned) {
        String path = URI.create(PortalServer.base().resolve(reference.replace("&amp;", "&")).toString()).toString();
        if (VERSIONED.matcher(path).find()) {
            resources.add(path);
        } else {
            unversioned.put(URI.create(path).getRawPath() + "?" + URI.create(path).getRawQuery(), where);
        }
    }

    /** {@code v=} in the query (Faces resources), or a WebJar's version in its path. */
    private static final Pattern VERSIONED = Pattern.compile("[?&]v=[^&]+|/webjars/[^/]+/\\d[^/]*/");

    /** A reference to the portal itself: a path under its context (the root), or its own address. */
    private static boolean own(String reference) {
        if (reference.isBlank() || reference.startsWith("#") || reference.startsWith("data:")) {
            return false;
        }
        URI uri = PortalServer.base().resolve(reference.replace("&amp;", "&").replace(" ", "%20"));
        return PortalServer.base().getAuthority().equals(uri.getAuthority());
    }

    private HttpResponse<byte[]> get(String path, String cookie, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(PortalServer.base().resolve(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
