package org.mutualportal.api.requests;

import jakarta.servlet.http.Part;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member may join to a request: PDF, JPEG or PNG, recognised by their first bytes rather than by their
 * name or the type the browser claims (a renamed executable is refused), within a size and a count
 * ({@code portal.requests.attachments.max-bytes}, {@code portal.requests.attachments.max-count}).
 *
 * <p>A form checks its files declaratively: the Faces validator {@value #VALIDATOR_ID} on the
 * {@code h:inputFile} puts a French message next to the field for each file refused (an attribute
 * {@code maxFiles} on the input overrides the configured count). The action then reads the files with
 * {@link #read}. An application-scoped CDI bean; thread-safe.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;h:inputFile id="files" value="#{writeBacking.files}" multiple="true"&gt;
 *     &lt;f:validator validatorId="portal.files"/&gt;
 * &lt;/h:inputFile&gt;
 * ...
 * for (UploadedFiles.Accepted file : uploadedFiles.read(files)) { requests.attach(request, file.name(), file.content()); }
 * </pre>
 *
 * @since 1.0
 */
public interface UploadedFiles {

    /** Id of the Faces validator that checks an {@code h:inputFile}'s files. */
    String VALIDATOR_ID = "portal.files";

    /**
     * The MIME type the content really has, if it is one of the accepted ones.
     *
     * @param content the bytes; may be {@code null}
     * @return {@code application/pdf}, {@code image/jpeg} or {@code image/png}, or empty
     */
    static Optional<String> sniff(byte[] content) {
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

    /**
     * A file name safe to store and to send back in a {@code Content-Disposition} header: no path, no control
     * or shell characters, at most 120 characters, and the extension of its real type.
     *
     * @param submitted the name the browser sent; may be {@code null}
     * @param contentType one of the types {@link #sniff} answers
     * @return never {@code null}
     */
    static String safeName(String submitted, String contentType) {
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
        String lower = base.toLowerCase(Locale.ROOT);
        return lower.endsWith(extension) || extension.equals(".jpg") && lower.endsWith(".jpeg") ? base : base + extension;
    }

    /**
     * A file a form sent, checked.
     *
     * @param name the name the browser sent
     * @param content the bytes
     */
    record Accepted(String name, byte[] content) {
    }

    /**
     * Reads the files a form sent in one field and checks them again (type by content, size): the
     * {@value #VALIDATOR_ID} validator has told the member about a refused file before the action runs, so a
     * refusal here means a form without the validator. Empty parts (no file chosen) are skipped; the count is the
     * validator's to check.
     *
     * @param parts the field's parts; may be {@code null}
     * @return the files, in the order sent; never {@code null}
     * @throws org.mutualportal.api.error.BusinessException naming every file refused
     */
    List<Accepted> read(Collection<Part> parts);

    /**
     * The hint under a file field: how many files, how large, which types (French).
     *
     * @return never {@code null}
     */
    String hint();

    /**
     * The largest file accepted, in bytes.
     *
     * @return {@code portal.requests.attachments.max-bytes}
     */
    long maxBytes();

    /**
     * The most files one field accepts.
     *
     * @return {@code portal.requests.attachments.max-count}
     */
    int maxCount();

    private static boolean starts(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        byte[] expected = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            expected[i] = (byte) magic[i];
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), expected);
    }
}
