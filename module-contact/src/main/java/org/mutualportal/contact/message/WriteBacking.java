package org.mutualportal.contact.message;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.contact.ContactModule;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.UploadedFiles;
import org.mutualportal.core.web.Texts;

/** "Nous écrire — Par e-mail": subject from the configured list, message, optional files. */
@Named
@RequestScoped
public class WriteBacking {

    @Inject
    ContactMessages messages;

    @Inject
    ContactSettings settings;

    @Inject
    UploadedFiles uploads;

    private String subject;
    private String message;
    private List<Part> files = new ArrayList<>();

    public String send() {
        boolean valid = true;
        if (subject == null || !settings.getSubjects().contains(subject)) {
            Texts.error("write:subject", Texts.of(ContactModule.BUNDLE, "write.subject.invalid"));
            valid = false;
        }
        String text = message == null ? "" : message.strip();
        if (text.length() < settings.getMinLength()) {
            Texts.error("write:message", Texts.of(ContactModule.BUNDLE, "write.message.tooShort", settings.getMinLength()));
            valid = false;
        } else if (text.length() > settings.getMaxLength()) {
            Texts.error("write:message", Texts.of(ContactModule.BUNDLE, "write.message.tooLong", settings.getMaxLength()));
            valid = false;
        }
        var accepted = uploads.accept("write:files", files);
        valid &= accepted.isPresent();
        if (!valid) {
            return null;
        }
        if (messages.limitReached()) {
            Texts.error(null, Texts.of(ContactModule.BUNDLE, "write.limit", settings.getMaxPerDay(), settings.getPhone()));
            return null;
        }
        MemberRequest request = messages.send(subject, text, accepted.orElseThrow());
        Texts.flash(Texts.of(ContactModule.BUNDLE, "write.sent"));
        return "/contact/request.xhtml?faces-redirect=true&id=" + request.getId();
    }

    public String getMessageHint() {
        return Texts.of(ContactModule.BUNDLE, "write.message.hint", settings.getMinLength(), settings.getMaxLength());
    }

    public String getFilesHint() {
        return uploads.hint();
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
