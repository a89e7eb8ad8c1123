package org.mutualportal.core.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Faces resource's address carries a version, and a versioned address is cached for a year: a release is seen
 * at once, a repeat visit downloads nothing but the page.
 *
 * <p>The version is a hash of the resource's content ({@code v=} followed by 12 hex digits), added to the address of
 * any resource that has none — the core's, a module's (they only write {@code h:outputStylesheet},
 * {@code h:graphicImage} or {@code #{resource[...]}} with their library), Faces' own; PrimeFaces' keep the
 * {@code v=<PrimeFaces version>} PrimeFaces gives them. A request whose {@code v} is the resource's current one is
 * answered with {@code Cache-Control: public, max-age=31536000, immutable}; one without a version, or with a version
 * the resource no longer has (a page cached from before a release), with {@code no-cache} (the browser revalidates
 * with the ETag or the date), never Faces' default of seven days.
 *
 * <p>Hashes are computed once per resource while the application lives: resources come from the WAR's JARs, which
 * only a redeployment — a new instance of this handler — changes. Declared after PrimeFaces' handler in the core's
 * {@code faces-config.xml}, so that this one wraps it.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern VERSION = Pattern.compile("[?&]v=([^&]+)");

    private final Map<String, Optional<String>> hashes = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        String name = resourceName(external);
        if (name == null || parameters.containsKey("pfdrid")) {
            super.handleResourceRequest(context); // PrimeFaces' dynamic content (a QR code, a chart) caches itself
            return;
        }
        String asked = parameters.get("v");
        Resource resource = createResource(name, parameters.get("ln"));
        String current = resource == null ? null : version(resource.getRequestPath()).orElse(null);
        String caching = asked != null && asked.equals(current) ? IMMUTABLE : REVALIDATE;
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        external.setResponse(new Caching(response, caching));
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
    }

    /** The name in {@code /jakarta.faces.resource/css/portal.css.xhtml}, without Faces' mapping suffix. */
    private static String resourceName(ExternalContext external) {
        String path = external.getRequestServletPath() + Optional.ofNullable(external.getRequestPathInfo()).orElse("");
        int start = path.indexOf(RESOURCE_IDENTIFIER + "/");
        if (start < 0) {
            return null;
        }
        String name = path.substring(start + RESOURCE_IDENTIFIER.length() + 1);
        return name.endsWith(".xhtml") ? name.substring(0, name.length() - ".xhtml".length()) : name;
    }

    static Optional<String> version(String requestPath) {
        Matcher matcher = VERSION.matcher(requestPath);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Resource versioned(Resource resource) {
        if (resource == null || version(resource.getRequestPath()).isPresent()) {
            return resource;
        }
        Optional<String> hash = hashes.computeIfAbsent(resource.getLibraryName() + ":" + resource.getResourceName(),
                key -> hash(resource));
        if (hash.isEmpty()) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + hash.get();
            }
        };
    }

    /** The first 12 hex digits of the content's SHA-256 (a CSS file's after Faces evaluated its expressions). */
    private static Optional<String> hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()).substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException("Resource " + resource + " could not be read to version its address", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The response of a resource request, whose caching this handler chose and Faces must not replace. */
    private static final class Caching extends HttpServletResponseWrapper {

        Caching(HttpServletResponse response, String cacheControl) {
            super(response);
            response.setHeader("Cache-Control", cacheControl);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
