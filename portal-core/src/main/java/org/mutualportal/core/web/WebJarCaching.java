package org.mutualportal.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A WebJar's files ({@code /webjars/leaflet/1.9.4/dist/leaflet.js}, served by the container from the JAR's
 * {@code META-INF/resources}) carry their version in their path: another version is another address, so they are
 * cached as immutable like the versioned Faces resources ({@link VersionedResources}). Only a file that exists: a
 * mistyped address must not have its 404 kept for a year.
 */
public class WebJarCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.endsWith("/") && request.getServletContext().getResource(path) != null) {
            response.setHeader("Cache-Control", VersionedResources.IMMUTABLE);
        }
        chain.doFilter(request, response);
    }
}
