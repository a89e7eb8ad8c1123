package org.mutualportal.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Sends a generated file (a PDF, a CSV, a member's attachment) as a download. File names may carry accents
 * ("relevé", a member's "pièce-jointe.pdf"): the header then gives an ASCII fallback and the exact name in
 * RFC 6266/5987 form, which every current browser reads.
 *
 * @since 1.0
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Writes the file as the response's body, with its type, length and a download disposition.
     *
     * @param response the servlet's response, not yet committed
     * @param body the file's bytes
     * @param contentType e.g. {@code application/pdf}
     * @param fileName the name the browser saves it under
     * @throws IOException when the client went away
     */
    public static void send(HttpServletResponse response, byte[] body, String contentType, String fileName)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", disposition(fileName));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * {@code attachment; filename="…"}, plus {@code filename*=UTF-8''…} when the name is not plain ASCII.
     *
     * @param fileName the name the browser saves the file under
     * @return the {@code Content-Disposition} header's value
     */
    public static String disposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        if (ascii.equals(fileName)) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
