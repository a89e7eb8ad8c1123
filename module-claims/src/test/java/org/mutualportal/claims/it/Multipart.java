package org.mutualportal.claims.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Submits a Faces form with files in several file fields at once, as a browser does (WebClient's upload fills one):
 * the form's fields as they are on the page plus the given values, the files of each file field, and an empty file
 * part for a file field left untouched.
 */
final class Multipart {

    private Multipart() {
    }

    static Page submit(WebClient client, Page page, String formId, String button, Map<String, String> values,
            Map<String, Map<String, byte[]>> files) {
        WebClient.Form form = page.form(formId);
        values.forEach((name, value) -> {
            if (value == null) {
                form.remove(name);
            } else {
                form.set(name, value);
            }
        });
        Element element = page.html().getElementById(formId);
        List<String> fileFields = element.select("input[type=file]").eachAttr("name");
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fileFields.forEach(fields::remove);
        fields.put(button, button);
        String boundary = "----claims" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n")));
        for (String field : fileFields) {
            Map<String, byte[]> chosen = files.getOrDefault(field, Map.of());
            if (chosen.isEmpty()) {
                parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n\r\n"));
            }
            chosen.forEach((name, content) -> {
                parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
                parts.add(content);
                parts.add(text("\r\n"));
            });
        }
        parts.add(text("--" + boundary + "--\r\n"));
        String action = element.attr("action").isEmpty() ? page.uri().toString() : element.absUrl("action");
        return client.multipart(action, boundary, parts);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
