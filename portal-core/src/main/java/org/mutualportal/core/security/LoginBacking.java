package org.mutualportal.core.security;

import org.mutualportal.core.web.CoreTexts;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.security.source.SourceDecision;
import org.mutualportal.core.security.source.SourceRefusals;
import org.mutualportal.api.text.Texts;

/**
 * "Je m'identifie": one form for members, staff and administrators. A failure gives one message whatever
 * went wrong (unknown identifier, wrong password, locked or inactive account).
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    MemberScope memberContext;

    private String identifier;
    private String password;

    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(identifier, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(request.getContextPath() + SignInLanding.pageFor(memberContext.user().orElseThrow(), next));
            faces.responseComplete();
        } else if (Boolean.TRUE.equals(request.getAttribute(PortalAuthenticationMechanism.CODE_REQUIRED))) {
            external.redirect(request.getContextPath() + "/login-code.xhtml"
                    + (next == null ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
            faces.responseComplete();
        } else if (request.getAttribute(PortalIdentityStore.SOURCE_REFUSED)
                instanceof SourceDecision refused) {
            // Too many attempts from this connection: nothing was verified, and the page says so (429).
            SourceRefusals.onPage(faces, refused);
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Texts.error(CoreTexts.core("login.failed"));
        } else {
            faces.responseComplete();
        }
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
