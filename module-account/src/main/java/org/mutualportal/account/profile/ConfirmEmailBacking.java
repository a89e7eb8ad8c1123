package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.mutualportal.account.profile.EmailChanges.Link;

/** The page of the link sent to a new contact address: confirming makes it the member's e-mail. */
@Named
@RequestScoped
public class ConfirmEmailBacking extends EmailLinkBacking {

    @Override
    Link lookup(String token) {
        return emailChanges.confirmation(token);
    }

    @Override
    Link act(String token) {
        return emailChanges.confirm(token);
    }

    @Override
    public String getPrefix() {
        return "confirmEmail";
    }
}
