package org.mutualportal.account.link;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.api.security.IdentityLinking;

/** Tells the core where a person whose provider identity is linked to no account proves which member they are. */
@ApplicationScoped
public class AccountIdentityLinking implements IdentityLinking {

    /** The linking page. */
    public static final String PAGE = "/public/account/link-identity.xhtml";

    @Override
    public String page() {
        return PAGE;
    }
}
