package org.mutualportal.contact.message;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.UploadedFiles;
import org.mutualportal.core.web.Texts;

/** "Nous écrire — Par e-mail": subject from the configured list, message, optional files. */
@Named
@RequestScoped
public class WriteBacking {

    static final String BUNDLE = "org.mutualportal.contact.i18n.messages";

    @Inject
    ContactMessages messages;

    @Inject
    ContactSettings settings;

    @Inject
    UploadedFiles uploads;

    private String subject;
    private String message;
    private List<Part> files = new ArrayList<>();

    public String send() throws IOException {
        boolean valid = true;
        if (subject == null || !settings.getSubjects().contains(subject)) {
            Texts.error("write:subject", Texts.of(BUNDLE, "write.subject.invalid"));
            valid = false;
        }
        String text = message == null ? "" : message.strip();
        if (text.length() < settings.getMinLength()) {
            Texts.error("write:message", Texts.of(BUNDLE, "write.message.tooShort", settings.getMinLength()));
            valid = false;
        } else if (text.length() > settings.getMaxLength()) {
            Texts.error("write:message", Texts.of(BUNDLE, "write.message.tooLong", settings.getMaxLength()));
            valid = false;
        }
        List<ContactMessages.File> accepted = new ArrayList<>();
        List<Part> submitted = files == null ? List.of() : files.stream().filter(p -> p.getSize() > 0).toList();
        if (uploads.checkCount(submitted.size()).isPresent()) {
            Texts.error("write:files", Texts.core("upload.TOO_MANY", "", uploads.maxCount()));
            valid = false;
        } else {
            for (Part part : submitted) {
                byte[] content = read(part);
                var problem = uploads.check(content);
                if (problem.isPresent()) {
                    Texts.error("write:files", Texts.core("upload." + problem.get(), part.getSubmittedFileName(),
                            uploads.maxBytes() / (1024 * 1024)));
                    valid = false;
                } else {
                    accepted.add(new ContactMessages.File(part.getSubmittedFileName(), content));
                }
            }
        }
        if (!valid) {
            return null;
        }
        if (messages.limitReached()) {
            Texts.error(null, Texts.of(BUNDLE, "write.limit", settings.getMaxPerDay(), settings.getPhone()));
            return null;
        }
        MemberRequest request = messages.send(subject, text, accepted);
        Texts.flash(Texts.of(BUNDLE, "write.sent"));
        return "/contact/request.xhtml?faces-redirect=true&id=" + request.getId();
    }

    private byte[] read(Part part) throws IOException {
        // Reads at most one byte more than allowed: a huge upload is refused without being held in memory.
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, uploads.maxBytes() + 1));
        }
    }

    public String getMessageHint() {
        return Texts.of(BUNDLE, "write.message.hint", settings.getMinLength(), settings.getMaxLength());
    }

    public String getFilesHint() {
        return Texts.of(BUNDLE, "write.attachments.hint", uploads.maxCount(), uploads.maxBytes() / (1024 * 1024));
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
