package org.mutualportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client that submits Faces forms the way a browser does (hidden fields and view
 * state included), for tests that check what travels over HTTP: status codes, headers, cookies, redirects,
 * and pages reached by forged or replayed requests. Redirects are not followed automatically, so tests can
 * assert them; {@link #follow} does it on demand.
 */
public final class WebClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Set<String> cookiesSet = new LinkedHashSet<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final HttpClient http;

    public WebClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Posts a multipart form (file uploads) built by the caller, as a browser would. */
    public Page multipart(String path, String boundary, List<byte[]> parts) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    /** The raw body of a GET (a PDF, for instance). */
    public byte[] bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects. */
    public Page open(String path) {
        return follow(get(path));
    }

    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.isRedirect() && hops < 10; hops++) {
            current = get(current.location());
        }
        return current;
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in through the login page and follows to the landing page. When the portal asks for the code
     * sent by e-mail (a new device), reads it from the {@link TestMailServer} and types it.
     */
    public Page login(String identifier, String password) {
        int mailsBefore = TestMailServer.messagesTo(identifier).size();
        Page login = get("login.xhtml");
        Page landed = follow(login.form("login")
                .set("login:identifier", identifier)
                .set("login:password", password)
                .submit("login:submit"));
        if (landed.uri().getPath().endsWith("/login-code.xhtml")) {
            String code = TestMailServer.awaitSignInCode(identifier, mailsBefore, java.time.Duration.ofSeconds(30));
            landed = follow(landed.form("verify").set("verify:code", code).submit("verify:submit"));
        }
        return landed;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /**
     * The names of every cookie the portal has set on this client so far, those it later deleted included (the
     * cookie store forgets those), as the cookies page must name each one.
     */
    public Set<String> cookiesSet() {
        return Set.copyOf(cookiesSet);
    }

    /**
     * Sends this header with every request from now on: {@code X-Forwarded-For}, for instance, as a proxy in front
     * of the portal would (the portal believes it only from the proxies it trusts).
     */
    public WebClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** Sends this cookie from now on (to replay a session id taken from another client, for instance). */
    public WebClient withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        return this;
    }

    URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        // Like a browser: "/x" is relative to the server (hrefs of pages), "x" to the portal's context.
        return base.resolve(path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            headers.forEach(request::header);
            HttpRequest built = request.header("Accept-Language", "fr-FR").build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(header -> cookiesSet.add(header.split("=", 2)[0].trim()));
            return new Page(this, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** An answer: status, headers and, for HTML, the parsed document. */
    public static final class Page {
        private final WebClient client;
        private final HttpResponse<String> response;
        private Document document;

        Page(WebClient client, HttpResponse<String> response) {
            this.client = client;
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public boolean isRedirect() {
            return status() >= 300 && status() < 400;
        }

        public String location() {
            return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location header"));
        }

        public URI uri() {
            return response.uri();
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public Document html() {
            if (document == null) {
                document = Jsoup.parse(response.body(), response.uri().toString());
            }
            return document;
        }

        /** The visible text of the page. */
        public String text() {
            return html().text();
        }

        public Form form(String id) {
            Element form = html().getElementById(id);
            if (form == null || !form.tagName().equals("form")) {
                throw new AssertionError("No form #" + id + " in " + response.uri() + ":\n" + text());
            }
            return new Form(client, form);
        }
    }

    /** A form of a page, with its current field values, ready to be changed and submitted. */
    public static final class Form {
        private final WebClient client;
        private final Element form;
        private final Map<String, String> fields = new LinkedHashMap<>();

        Form(WebClient client, Element form) {
            this.client = client;
            this.form = form;
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String type = input.attr("type");
                if (type.equals("submit") || type.equals("button") || type.equals("image")
                        || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                    continue;
                }
                if (input.tagName().equals("select")) {
                    Element selected = input.selectFirst("option[selected]");
                    fields.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
                } else {
                    fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
                }
            }
            // PrimeFaces' CSP script adds the page's nonce to every submission; a browser would send it too.
            Element script = form.ownerDocument().selectFirst("script[nonce]");
            if (script != null) {
                fields.put("primefaces.nonce", script.attr("nonce"));
            }
        }

        public Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Form remove(String name) {
            fields.remove(name);
            return this;
        }

        public Map<String, String> fields() {
            return fields;
        }

        /** Submits as if the button (or command link) with this name had been pressed. */
        public Page submit(String button) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put(button, button);
            return client.post(action(), all);
        }

        /**
         * Submits as multipart/form-data with files in one file field, the way a browser sends an
         * {@code h:inputFile}; no file sends the empty part a browser sends for an untouched field.
         */
        public Page upload(String button, String fileField, Map<String, byte[]> files) {
            return upload(button, Map.of(fileField, files));
        }

        /**
         * Submits as multipart/form-data, the way a browser does: the form's fields, then for each file field of the
         * form the files given for it (by name), or the empty part of a field left untouched.
         *
         * @param files by file field's name (a field the form lacks is sent too): the files' names and contents, in
         *        the order to send
         */
        public Page upload(String button, Map<String, Map<String, byte[]>> files) {
            String boundary = "----portal" + UUID.randomUUID();
            Set<String> fileFields = new LinkedHashSet<>(form.select("input[type=file][name]").eachAttr("name"));
            fileFields.addAll(files.keySet());
            List<byte[]> parts = new ArrayList<>();
            Map<String, String> all = new LinkedHashMap<>(fields);
            fileFields.forEach(all::remove);
            all.put(button, button);
            all.forEach((name, value) -> parts.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\n\r\n" + value + "\r\n")));
            for (String field : fileFields) {
                Map<String, byte[]> chosen = files.getOrDefault(field, Map.of());
                if (chosen.isEmpty()) {
                    parts.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                            + "\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"));
                }
                chosen.forEach((name, content) -> {
                    parts.add(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                            + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
                    parts.add(content);
                    parts.add(utf8("\r\n"));
                });
            }
            parts.add(utf8("--" + boundary + "--\r\n"));
            return client.multipart(action(), boundary, parts);
        }

        /** Submits through a Faces Ajax request (what PrimeFaces sends for a command with ajax="true"). */
        public Page ajax(String source, String execute, String render) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("jakarta.faces.partial.ajax", "true");
            all.put("jakarta.faces.source", source);
            all.put("jakarta.faces.partial.execute", execute);
            all.put("jakarta.faces.partial.render", render);
            all.put(source, source);
            return client.send(HttpRequest.newBuilder(client.resolve(action()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(all.entrySet().stream()
                            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                            .collect(Collectors.joining("&")))));
        }

        private String action() {
            String action = form.attr("action");
            return action.isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
        }
    }
}
