package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The staff's sign-in through the mutual's provider ({@code audience=staff}), after the provider's checks. */
@ApplicationScoped
public class StaffSignIn {

    /** For now, refuses with a French page: no staff session opens through a provider yet. */
    public void complete(VerifiedSignIn signIn, HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcRefusal.STAFF.answer(request, response, signIn.provider().label());
    }
}
