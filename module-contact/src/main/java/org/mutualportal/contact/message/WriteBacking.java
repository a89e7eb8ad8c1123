package org.mutualportal.contact.message;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.ArrayList;
import java.util.List;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contact.ContactModule;

/**
 * "Nous écrire — Par e-mail": subject from the configured list, message, optional files. The page checks what
 * is required and the files ({@code portal.files}); {@link ContactMessages} checks the configured rules and
 * puts its refusal next to the field concerned.
 */
@Named
@RequestScoped
public class WriteBacking {

    @Inject
    ContactMessages messages;

    @Inject
    ContactSettings settings;

    @Inject
    UploadedFiles uploadedFiles;

    private String subject;
    private String message;
    private List<Part> files = new ArrayList<>();

    public String send() {
        MemberRequest request = messages.send(subject, message, uploadedFiles.read(files));
        Texts.flash(Texts.of(ContactModule.BUNDLE, "write.sent"));
        return "/contact/request.xhtml?faces-redirect=true&id=" + request.getId();
    }

    public String getMessageHint() {
        return Texts.of(ContactModule.BUNDLE, "write.message.hint", settings.getMinLength(), settings.getMaxLength());
    }

    public String getFilesHint() {
        return uploadedFiles.hint();
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
