package org.mutualportal.contact.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mutualportal.core.mail.Outbox;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.MemberRequests;
import org.mutualportal.core.requests.RequestDraft;
import org.mutualportal.core.requests.UploadedFiles;
import org.mutualportal.core.time.PortalClock;

/**
 * "Nous écrire": a message becomes a request of type {@code contact.message} (it shows in Suivi and in the
 * staff inbox), with its files, and the member gets a confirmation e-mail — all or nothing.
 */
@ApplicationScoped
public class ContactMessages {

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

    /** Whether the member reached the daily limit of messages. */
    public boolean limitReached() {
        return requests.countSince("contact.message", clock.now().minusHours(24)) >= settings.getMaxPerDay();
    }

    @Transactional
    public MemberRequest send(String subject, String message, List<UploadedFiles.Accepted> files) {
        MemberRequest request = requests.submit(new RequestDraft("contact.message", subject, message, null));
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
