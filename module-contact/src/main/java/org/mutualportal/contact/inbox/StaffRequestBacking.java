package org.mutualportal.contact.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contact.ContactModule;

/**
 * A request seen by staff: who asked, what, the files; take it, answer it, close it. Opening it is audited.
 * View-scoped on the request's id only, so that the actions of its form find the request on postback; the
 * data is read again for every request.
 */
@Named
@ViewScoped
public class StaffRequestBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDesk desk;

    @Inject
    MemberDirectory members;

    private Long id;
    private transient MemberRequest request;
    private transient Member member;
    private transient String membershipNumber;
    private transient List<? extends RequestAttachment> attachments;

    /** Only "Répondre et clôturer" validates it: the other buttons of the form are immediate. */
    @NotBlank(message = "{org.mutualportal.contact.staff.answer.required}")
    private String answer;

    /** View action (first display only): the audited read. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        request = desk.open(id);
    }

    private void fill() {
        if (member == null) {
            member = members.find(getRequest().getMemberId()).orElseThrow();
            membershipNumber = request.getMembershipId() == null ? null
                    : members.membership(request.getMembershipId()).map(Membership::getMembershipNumber).orElse(null);
            attachments = desk.attachments(request.getId());
        }
    }

    public String take() {
        request = desk.take(id);
        Texts.flash(Texts.of(ContactModule.BUNDLE, "staff.taken"));
        return self();
    }

    public String reply() {
        request = desk.answer(id, answer.strip());
        Texts.flash(Texts.of(ContactModule.BUNDLE, "staff.answered"));
        return self();
    }

    public String close() {
        return closeAs(RequestStatus.DONE);
    }

    public String cancel() {
        return closeAs(RequestStatus.CANCELLED);
    }

    private String closeAs(RequestStatus status) {
        request = desk.close(id, status);
        Texts.flash(Texts.of(ContactModule.BUNDLE, "staff.closed"));
        return self();
    }

    private String self() {
        return "/contact/staff/request.xhtml?faces-redirect=true&id=" + request.getId();
    }

    /** "Demande n° 1234": the id as the database and the member have it, without a French thousands separator. */
    public String getTitle() {
        return Texts.of(ContactModule.BUNDLE, "staff.request.title", Long.toString(id));
    }

    public boolean isOpen() {
        return getRequest().getStatus().isOpen();
    }

    /** The request as {@link #load()} opened it, or read again (not audited twice) after the view was restored. */
    public MemberRequest getRequest() {
        if (request == null) {
            request = desk.find(id);
        }
        return request;
    }

    public Member getMember() {
        fill();
        return member;
    }

    public String getMembershipNumber() {
        fill();
        return membershipNumber;
    }

    public List<? extends RequestAttachment> getAttachments() {
        fill();
        return attachments;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
