package org.mutualportal.contact.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.contact.ContactModule;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.requests.MemberRequests;
import org.mutualportal.core.requests.RequestAttachment;
import org.mutualportal.core.requests.RequestStatus;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;

/**
 * One of the member's requests, with its files, its answer, and "Annuler ma demande" while nobody took it.
 * View-scoped on the id only (the cancel form must find the request on postback); data is read per request.
 */
@Named
@ViewScoped
public class RequestDetailBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRequests requests;

    private String id;
    private Long requestId;
    private transient MemberRequest request;
    private transient List<RequestAttachment> attachments;

    public void load() {
        request = requests.find(RequestIds.parse(id));
        requestId = request.getId();
    }

    public String cancel() {
        MemberRequest current = requests.find(requestId);
        if (current.getStatus() != RequestStatus.SENT) {
            Texts.error(null, Texts.of(ContactModule.BUNDLE, "request.cancel.impossible"));
            request = current;
            return null;
        }
        requests.cancel(current.getId());
        Texts.flash(Texts.of(ContactModule.BUNDLE, "request.cancel.confirm"));
        return "/contact/request.xhtml?faces-redirect=true&id=" + current.getId();
    }

    public String getTitle() {
        return Texts.of(ContactModule.BUNDLE, "request.title", FrenchFormats.date(getRequest().getCreatedAt().atZoneSameInstant(
                org.mutualportal.core.time.PortalClock.PARIS).toLocalDate()));
    }

    public MemberRequest getRequest() {
        if (request == null) {
            request = requests.find(requestId);
        }
        return request;
    }

    public List<RequestAttachment> getAttachments() {
        if (attachments == null) {
            attachments = requests.attachments(requestId);
        }
        return attachments;
    }

    public boolean isCancellable() {
        return getRequest().getStatus() == RequestStatus.SENT;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
