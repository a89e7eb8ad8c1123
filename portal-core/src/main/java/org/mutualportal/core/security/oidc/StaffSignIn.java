package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.security.SignInLanding;

/**
 * The staff's sign-in through the mutual's provider ({@code audience=staff}), after the provider's checks: the account
 * is found, linked or created and given the claim's roles ({@link StaffAccounts}, committed first, so that the session
 * opens with the roles just written), then the browser signs in without a password nor an e-mailed code — the
 * company's provider authenticated the person — and lands on the staff's or administrators' home page.
 */
@ApplicationScoped
public class StaffSignIn {

    @Inject
    StaffAccounts accounts;

    @Inject
    OidcSignInCompletion completion;

    public void complete(VerifiedSignIn signIn, HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffAccounts.Outcome outcome = accounts.resolve(signIn);
        if (outcome.refusal() != null) {
            OidcRefusal.page(request, response, HttpServletResponse.SC_FORBIDDEN, outcome.refusal().messages(),
                    signIn.provider().label());
            return;
        }
        if (completion.signIn(request, response, outcome.accountId(), signIn) != AuthenticationStatus.SUCCESS) {
            // Locked after failed passwords: the account's own protection holds for every way in.
            OidcRefusal.ACCOUNT.answer(request, response, signIn.provider().label());
            return;
        }
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        response.sendRedirect(request.getContextPath() + (user == null ? "/login.xhtml" : SignInLanding.pageFor(user, null)));
    }
}
