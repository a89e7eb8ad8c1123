package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.security.SignInLanding;

/**
 * The staff's sign-in through the mutual's provider ({@code audience=staff}), after the provider's checks: the account
 * is found, linked or created and given the claim's roles ({@link StaffAccounts}, committed first, so that the session
 * opens with the roles just written), then the browser signs in without a password nor an e-mailed code — the
 * company's provider authenticated the person — and lands on the staff's or administrators' home page.
 *
 * <p>Two first sign-ins of one person at once (two tabs, a double click on the provider's page) both find no account
 * and both create it: the second fails on the login's or the link's uniqueness and is resolved once more, finding what
 * the first committed; a second failure is answered with a French page, never the 500 one.
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());

    @Inject
    StaffAccounts accounts;

    @Inject
    OidcSignInCompletion completion;

    public void complete(VerifiedSignIn signIn, HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffAccounts.Outcome outcome;
        try {
            outcome = resolve(signIn);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Staff sign-in through " + signIn.provider().key() + " not resolved", e);
            OidcRefusal.page(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "oidc.staff.retry",
                    signIn.provider().label());
            return;
        }
        if (outcome.refusal() != null) {
            OidcRefusal.page(request, response, HttpServletResponse.SC_FORBIDDEN, outcome.refusal().messages(),
                    signIn.provider().label());
            return;
        }
        if (completion.signIn(request, response, outcome.accountId(), signIn) != AuthenticationStatus.SUCCESS) {
            // The account changed in between (closed by an administrator): nothing opened.
            OidcRefusal.ACCOUNT.answer(request, response, signIn.provider().label());
            return;
        }
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        response.sendRedirect(request.getContextPath() + (user == null ? "/login.xhtml" : SignInLanding.pageFor(user, null)));
    }

    /** The account, resolved again once when a concurrent first sign-in of the same person committed it first. */
    private StaffAccounts.Outcome resolve(VerifiedSignIn signIn) {
        try {
            return accounts.resolve(signIn);
        } catch (RuntimeException concurrent) {
            LOG.info(() -> "Staff sign-in through " + signIn.provider().key() + " resolved again after a concurrent one ("
                    + concurrent.getClass().getSimpleName() + ")");
            return accounts.resolve(signIn);
        }
    }
}
