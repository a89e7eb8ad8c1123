package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a member may join to a request: PDF, JPEG or PNG, recognised by their first bytes rather than by their
 * name or the type the browser claims (a renamed executable is refused), within a size and a count
 * ({@code portal.requests.attachments.max-bytes}, {@code portal.requests.attachments.max-count}).
 */
@ApplicationScoped
public class UploadedFiles {

    /** Why a file is refused; French messages in the core bundle ({@code upload.<name>}). */
    public enum Problem {
        TYPE, TOO_LARGE, EMPTY, TOO_MANY
    }

    @Inject
    @ConfigProperty(name = "portal.requests.attachments.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "portal.requests.attachments.max-count", defaultValue = "3")
    int maxCount;

    /** The MIME type the content really has, if it is one of the accepted ones. */
    public static Optional<String> sniff(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    public Optional<Problem> check(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(Problem.EMPTY);
        }
        if (content.length > maxBytes) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return sniff(content).isPresent() ? Optional.empty() : Optional.of(Problem.TYPE);
    }

    public Optional<Problem> checkCount(int count) {
        return count > maxCount ? Optional.of(Problem.TOO_MANY) : Optional.empty();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxCount() {
        return maxCount;
    }

    /** A file name safe to store and to send back in a Content-Disposition header. */
    public static String safeName(String submitted, String contentType) {
        String base = submitted == null ? "" : submitted.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "document" + base;
        }
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || (extension.equals(".jpg") && base.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))
                ? base : base + extension;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
