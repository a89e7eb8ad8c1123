package org.mutualportal.core.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.Texts;

/**
 * The core's {@link UploadedFiles}: PDF, JPEG or PNG recognised by their first bytes, within a size and a count
 * ({@code portal.requests.attachments.max-bytes}, {@code portal.requests.attachments.max-count}). The one place
 * files are checked: by the form validator ({@link FilesValidator}), by {@link #read}, which refuses again what a
 * form without the validator would let through, and before a file is stored ({@link #accept}).
 */
@ApplicationScoped
public class UploadChecks implements UploadedFiles {

    /** Why a file is refused; French messages in the API's shared bundle ({@code upload.<name>}). */
    enum Problem {
        TYPE, TOO_LARGE, EMPTY, TOO_MANY
    }

    @Inject
    @ConfigProperty(name = "portal.requests.attachments.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "portal.requests.attachments.max-count", defaultValue = "3")
    int maxCount;

    /** The files a field sent, without the empty parts browsers send for "no file chosen". */
    private static List<Part> sent(Collection<Part> parts) {
        return parts == null ? List.of() : parts.stream().filter(p -> p != null && p.getSize() > 0).toList();
    }

    /** The French messages of every problem of the files sent in one field; empty when all are accepted. */
    List<String> problems(Collection<Part> parts, int allowedCount) {
        List<Part> sent = sent(parts);
        if (sent.size() > allowedCount) {
            return List.of(Texts.shared("upload.TOO_MANY", "", allowedCount));
        }
        return problems(sent.stream().map(this::read).toList());
    }

    /** Each part is read once: the bytes checked are the bytes returned. */
    @Override
    public List<Accepted> read(Collection<Part> parts) {
        List<Accepted> files = sent(parts).stream().map(this::read).toList();
        List<String> problems = problems(files);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return files;
    }

    /**
     * The real type of a file about to be stored, whichever way it came (a form, the staff desk).
     *
     * @throws BusinessException when the file is refused
     */
    String accept(String fileName, byte[] content) {
        check(content).ifPresent(problem -> {
            throw refusal(List.of(message(problem, fileName)));
        });
        return UploadedFiles.sniff(content).orElseThrow();
    }

    private List<String> problems(List<Accepted> files) {
        List<String> problems = new ArrayList<>();
        for (Accepted file : files) {
            check(file.content()).ifPresent(problem -> problems.add(message(problem, file.name())));
        }
        return problems;
    }

    private String message(Problem problem, String fileName) {
        return Texts.shared("upload." + problem, fileName, maxBytes / (1024 * 1024));
    }

    private static BusinessException refusal(List<String> problems) {
        return new BusinessException(Texts.SHARED_BUNDLE, "upload.refused", String.join(" ", problems));
    }

    private Accepted read(Part part) {
        // At most one byte more than allowed: a huge upload is refused without being held in memory.
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return new Accepted(part.getSubmittedFileName(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String hint() {
        return Texts.shared("upload.hint", maxCount, maxBytes / (1024 * 1024));
    }

    private Optional<Problem> check(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(Problem.EMPTY);
        }
        if (content.length > maxBytes) {
            return Optional.of(Problem.TOO_LARGE);
        }
        return UploadedFiles.sniff(content).isPresent() ? Optional.empty() : Optional.of(Problem.TYPE);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public int maxCount() {
        return maxCount;
    }
}
