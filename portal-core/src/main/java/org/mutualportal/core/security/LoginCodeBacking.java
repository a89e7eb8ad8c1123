package org.mutualportal.core.security;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.core.web.CoreTexts;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.security.source.CurrentSource;
import org.mutualportal.core.security.source.SourceAction;
import org.mutualportal.core.security.source.SourceDecision;
import org.mutualportal.core.security.source.SourceLimits;
import org.mutualportal.core.security.source.SourceRefusals;
import org.mutualportal.api.text.Texts;

/**
 * The second step of a sign-in from a new device: the code received by e-mail. Wrong codes count for the
 * client source, which is slowed then refused past its limits ({@code SourceLimits}) before a code is compared.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SecondFactor secondFactor;

    @Inject
    MemberScope memberContext;

    @Inject
    CurrentSource source;

    @Inject
    SourceLimits sourceLimits;

    private String code;
    private String next;

    /** View action: without a pending sign-in there is nothing to verify — back to the login page. */
    public String check() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return secondFactor.isPending(request) ? null : "/login.xhtml?faces-redirect=true";
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SourceDecision decision = sourceLimits.check(source.get(), SourceAction.LOGIN_CODE);
        if (!decision.allowed()) {
            code = null;
            SourceRefusals.onPage(faces, decision);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new OneTimeCode(code)));
        code = null;
        if (status != AuthenticationStatus.SUCCESS) {
            sourceLimits.failed(source.get(), SourceAction.LOGIN_CODE);
        }
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(request.getContextPath() + SignInLanding.pageFor(memberContext.user().orElseThrow(), next));
            faces.responseComplete();
        } else if (secondFactor.isPending(request)) {
            throw new BusinessException(CoreTexts.BUNDLE, "login.code.wrong").on("code");
        } else {
            Texts.error(CoreTexts.core("login.code.expired"));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
