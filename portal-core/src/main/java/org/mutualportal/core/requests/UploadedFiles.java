package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.web.Texts;

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

    /** A file a form sent and this class accepted. */
    public record Accepted(String name, byte[] content) {
    }

    /**
     * Reads and checks the files a form sent in one field ({@code h:inputFile}), putting a French message next
     * to the field for each one refused.
     *
     * @return the accepted files, or empty when any was refused (the form is then redisplayed)
     */
    public Optional<List<Accepted>> accept(String clientId, Collection<Part> parts) {
        List<Part> sent = parts == null ? List.of() : parts.stream().filter(p -> p != null && p.getSize() > 0).toList();
        if (checkCount(sent.size()).isPresent()) {
            Texts.error(clientId, Texts.core("upload.TOO_MANY", "", maxCount));
            return Optional.empty();
        }
        List<Accepted> accepted = new ArrayList<>(sent.size());
        boolean refused = false;
        for (Part part : sent) {
            byte[] content = read(part);
            Optional<Problem> problem = check(content);
            if (problem.isPresent()) {
                Texts.error(clientId, Texts.core("upload." + problem.get(), part.getSubmittedFileName(),
                        maxBytes / (1024 * 1024)));
                refused = true;
            } else {
                accepted.add(new Accepted(part.getSubmittedFileName(), content));
            }
        }
        return refused ? Optional.empty() : Optional.of(accepted);
    }

    private byte[] read(Part part) {
        // At most one byte more than allowed: a huge upload is refused without being held in memory.
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hint under a file field: how many files, how large, which types. */
    public String hint() {
        return Texts.core("upload.hint", maxCount, maxBytes / (1024 * 1024));
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
