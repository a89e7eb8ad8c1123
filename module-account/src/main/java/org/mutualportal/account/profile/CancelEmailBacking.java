package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.mutualportal.account.profile.EmailChanges.Link;

/** The page of the link sent to the contact address being replaced: cancelling keeps it. */
@Named
@RequestScoped
public class CancelEmailBacking extends EmailLinkBacking {

    @Override
    Link lookup(String token) {
        return emailChanges.cancellation(token);
    }

    @Override
    Link act(String token) {
        return emailChanges.cancel(token);
    }

    @Override
    public String getPrefix() {
        return "cancelEmail";
    }
}
