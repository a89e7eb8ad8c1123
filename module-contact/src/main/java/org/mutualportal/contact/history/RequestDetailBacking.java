package org.mutualportal.contact.history;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contact.ContactModule;

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

    private Long id;
    private transient MemberRequest request;
    private transient List<? extends RequestAttachment> attachments;

    /** View action: a request that is not the member's, like a missing id, is a 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        request = requests.find(id);
    }

    /** Cancels; once staff took the request the store refuses, and the page shows it as it now stands. */
    public String cancel() {
        request = null;
        MemberRequest cancelled = requests.cancel(id);
        Texts.flash(Texts.of(ContactModule.BUNDLE, "request.cancel.confirm"));
        return "/contact/request.xhtml?faces-redirect=true&id=" + cancelled.getId();
    }

    public String getTitle() {
        return Texts.of(ContactModule.BUNDLE, "request.title",
                FrenchFormats.date(getRequest().getCreatedAt().atZoneSameInstant(PortalClock.PARIS).toLocalDate()));
    }

    public MemberRequest getRequest() {
        if (request == null) {
            request = requests.find(id);
        }
        return request;
    }

    public List<? extends RequestAttachment> getAttachments() {
        if (attachments == null) {
            attachments = requests.attachments(id);
        }
        return attachments;
    }

    /** The page of the module that shows this request (where a claim is completed), or {@code null}. */
    public String getModulePage() {
        return requests.page(getRequest());
    }

    public boolean isCancellable() {
        return getRequest().getStatus() == RequestStatus.SENT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
