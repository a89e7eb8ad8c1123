package org.mutualportal.core.security;

import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.api.security.Roles;

/** Where a user lands after signing in: the page they asked for if it is ours and theirs, otherwise their home. */
public final class SignInLanding {

    private SignInLanding() {
    }

    public static String pageFor(SignedInUser user, String next) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login") && AccessRules.allows(next, user.roles())) {
            return next;
        }
        if (user.roles().contains(Roles.MEMBER)) {
            return "/home.xhtml";
        }
        return user.roles().contains(Roles.ADMIN) ? "/admin/index.xhtml" : "/staff/index.xhtml";
    }
}
