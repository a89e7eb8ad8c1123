package org.mutualportal.contact.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mutualportal.contact.ContactModule;
import org.mutualportal.core.member.Member;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.MemberDirectory;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.RequestAttachment;
import org.mutualportal.core.requests.RequestDesk;
import org.mutualportal.core.requests.RequestStatus;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;

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

    @Inject
    MemberContext memberContext;

    private String id;
    private Long requestId;
    private transient MemberRequest request;
    private transient Member member;
    private transient String membershipNumber;
    private transient List<RequestAttachment> attachments;
    private String answer;

    /** View action (first display only): the audited read. */
    public void load() {
        request = desk.open(RequestIds.parse(id), staff(), remoteAddress());
        requestId = request.getId();
    }

    private void fill() {
        if (member == null) {
            member = members.find(getRequest().getMemberId()).orElseThrow();
            membershipNumber = request.getMembershipId() == null ? null
                    : members.membershipNumber(request.getMembershipId()).orElse(null);
            attachments = desk.attachments(request.getId());
        }
    }

    public String take() {
        request = desk.take(requestId, staff(), remoteAddress());
        Texts.flash(Texts.of(ContactModule.BUNDLE, "staff.taken"));
        return self();
    }

    public String reply() {
        if (answer == null || answer.isBlank()) {
            Texts.error("staff:answer", Texts.of(ContactModule.BUNDLE, "staff.answer.required"));
            return null;
        }
        request = desk.answer(requestId, answer.strip(), staff(), remoteAddress());
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
        request = desk.close(requestId, status, staff(), remoteAddress());
        Texts.flash(Texts.of(ContactModule.BUNDLE, "staff.closed"));
        return self();
    }

    private String self() {
        return "/contact/staff/request.xhtml?faces-redirect=true&id=" + request.getId();
    }

    private String staff() {
        return memberContext.user().map(SignedInUser::callerName).orElseThrow();
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isOpen() {
        return getRequest().getStatus().isOpen();
    }

    public MemberRequest getRequest() {
        if (request == null) {
            request = desk.find(requestId);
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

    public List<RequestAttachment> getAttachments() {
        fill();
        return attachments;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
