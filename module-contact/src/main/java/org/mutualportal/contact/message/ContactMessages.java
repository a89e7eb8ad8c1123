package org.mutualportal.contact.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.contact.ContactModule;

/**
 * "Nous écrire": a message becomes a request of type {@code contact.message} (it shows in Suivi and in the
 * staff inbox), with its files, and the member gets a confirmation e-mail — all or nothing. The rules that
 * depend on configuration (subjects offered, message length, messages a day) are checked here, whoever calls.
 */
@ApplicationScoped
public class ContactMessages {

    static final String TYPE = "contact.message";

    @Inject
    MemberRequests requests;

    @Inject
    MemberContext memberContext;

    @Inject
    Outbox outbox;

    @Inject
    PortalClock clock;

    @Inject
    ContactSettings settings;

    /**
     * Records the message and its files and confirms it by e-mail.
     *
     * @param subject one of the configured subjects
     * @param message the member's text; surrounding blanks are dropped
     * @param files files the form's validator accepted
     * @return the request
     * @throws BusinessException on {@code subject} or {@code message} when they break the configured rules
     * @throws MessageLimitReached when the member already sent the day's messages
     */
    @Transactional
    public MemberRequest send(String subject, String message, List<UploadedFiles.Accepted> files) {
        if (subject == null || !settings.getSubjects().contains(subject)) {
            throw new BusinessException(ContactModule.BUNDLE, "write.subject.invalid").on("subject");
        }
        String text = message == null ? "" : message.strip();
        if (text.length() < settings.getMinLength()) {
            throw new BusinessException(ContactModule.BUNDLE, "write.message.tooShort", settings.getMinLength()).on("message");
        }
        if (text.length() > settings.getMaxLength()) {
            throw new BusinessException(ContactModule.BUNDLE, "write.message.tooLong", settings.getMaxLength()).on("message");
        }
        if (requests.countSince(TYPE, clock.now().minusHours(24)) >= settings.getMaxPerDay()) {
            throw new MessageLimitReached(settings.getMaxPerDay(), settings.getPhone());
        }
        MemberRequest request = requests.submit(new RequestDraft(TYPE, subject, text, null));
        for (UploadedFiles.Accepted file : files) {
            requests.attach(request, file.name(), file.content());
        }
        Member member = memberContext.member();
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "contact/received", Map.of("firstName", member.getFirstName(),
                    "subject", subject));
        }
        return request;
    }
}
