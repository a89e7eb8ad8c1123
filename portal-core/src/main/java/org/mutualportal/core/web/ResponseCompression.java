package org.mutualportal.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips what compresses well — pages, Faces' partial responses, CSS, JavaScript, JSON, SVG, CSV — for a browser that
 * accepts it, and nothing else (PDFs, PNGs and fonts are compressed already).
 *
 * <p>In the WAR rather than in Payara's HTTP listener ({@code http.compression=on}) because it then works on every
 * server the WAR lands on, without a command each installation must remember (docs/performance.md measured both:
 * the same zlib, the same bytes), and because Grizzly's compression sends no {@code Vary: Accept-Encoding}, which a
 * shared cache needs. The decision waits for the first byte written, when the type is known: an answer without body
 * (a redirect, a 304) is left alone, a declared length is passed on when the body stays as it is and dropped when it
 * is compressed, and a strong ETag becomes weak (the compressed bytes differ, their meaning does not).
 */
public class ResponseCompression extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Below this a declared body gains less than gzip's own overhead and a round trip's worth of nothing. */
    static final int MIN_BYTES = 1024;

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/javascript", "text/plain",
            "text/xml", "text/csv", "application/javascript", "application/json", "application/xml",
            "application/problem+json", "image/svg+xml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Compressing compressing = new Compressing(response, acceptsGzip(request.getHeader("Accept-Encoding")));
        chain.doFilter(request, compressing);
        compressing.finish();
    }

    /** Whether {@code gzip} (or {@code *}) is listed without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < fields.length; i++) {
                    String parameter = fields[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    refused |= parameter.matches("q=0(\\.0*)?");
                }
                return !refused;
            }
        }
        return false;
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type);
    }

    /** The response as the application sees it: the body goes through gzip once its first byte says it should. */
    private static final class Compressing extends HttpServletResponseWrapper {

        private final boolean gzipAccepted;
        private long declaredLength = -1;
        /** Where the body goes, chosen at its first byte: the response's own stream, or gzip over it. */
        private OutputStream body;
        private GZIPOutputStream gzip;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Compressing(HttpServletResponse response, boolean gzipAccepted) {
            super(response);
            this.gzipAccepted = gzipAccepted;
        }

        private HttpServletResponse wrapped() {
            return (HttpServletResponse) getResponse();
        }

        private OutputStream body() throws IOException {
            if (body == null) {
                boolean compressible = compressible(getContentType());
                if (compressible) {
                    wrapped().addHeader("Vary", "Accept-Encoding");
                }
                if (compressible && gzipAccepted && getHeader("Content-Encoding") == null
                        && (declaredLength < 0 || declaredLength >= MIN_BYTES)) {
                    wrapped().setHeader("Content-Encoding", "gzip");
                    String etag = getHeader("ETag");
                    if (etag != null && !etag.startsWith("W/")) {
                        wrapped().setHeader("ETag", "W/" + etag);
                    }
                    // Flushes go through (syncFlush): a page streamed in parts reaches the browser in parts.
                    gzip = new GZIPOutputStream(wrapped().getOutputStream(), 8192, true);
                    body = gzip;
                } else {
                    if (declaredLength >= 0) {
                        wrapped().setContentLengthLong(declaredLength);
                    }
                    body = wrapped().getOutputStream();
                }
            }
            return body;
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.finish();
            } else if (body == null && !isCommitted()) {
                // No byte written (a redirect, a 304, an empty answer): the declared length, if any, as it was.
                if (declaredLength >= 0) {
                    wrapped().setContentLengthLong(declaredLength);
                }
            }
        }

        @Override
        public void setContentLength(int length) {
            declaredLength = length;
        }

        @Override
        public void setContentLengthLong(long length) {
            declaredLength = length;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                declaredLength = value == null ? -1 : Long.parseLong(value.strip());
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                declaredLength = value;
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                declaredLength = value;
            } else {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        body().write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (length > 0) {
                            body().write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (body != null) {
                            body.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        finish();
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("The portal writes its answers synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called already");
                }
                Charset charset;
                try {
                    charset = Charset.forName(getCharacterEncoding());
                } catch (IllegalArgumentException e) {
                    throw new UnsupportedEncodingException(getCharacterEncoding());
                }
                ServletOutputStream out = getOutputStream();
                stream = null; // the writer owns the stream: getOutputStream() is refused from now on
                writer = new PrintWriter(new OutputStreamWriter(out, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            } else if (body != null) {
                body.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void reset() {
            super.reset();
            forget();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            if (gzip != null) {
                // The gzip header went into the buffer just cleared: start the body again.
                forget();
            }
        }

        /**
         * Back to before the first byte: what was written and decided is gone with the buffer. The writer the
         * application holds stays valid; what its encoder still buffers belongs to the discarded body and is dropped.
         */
        private void forget() {
            if (writer != null) {
                body = OutputStream.nullOutputStream();
                writer.flush();
            }
            body = null;
            gzip = null;
            declaredLength = -1;
        }
    }
}
