package org.mutualportal.core.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.member.MembershipEntity;

/** The header's member-number selector, for people holding several memberships. */
@Named
@RequestScoped
public class MembershipSelector {

    @Inject
    MemberScope memberContext;

    private Long selected;

    public List<MembershipEntity> getMemberships() {
        return memberContext.isMember() ? memberContext.memberships() : List.of();
    }

    public Long getSelected() {
        return selected != null ? selected : (memberContext.isMember() ? memberContext.membershipId() : null);
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    /** Switches membership, then reloads the current page so that everything shows the new one. */
    public void apply() throws IOException {
        if (selected != null) {
            memberContext.select(selected);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getRequestURI());
    }
}
