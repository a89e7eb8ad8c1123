package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.security.SessionPolicy;
import org.mutualportal.core.web.Texts;

/** "Je souhaite supprimer mon compte", confirmed by the password. */
@Named
@RequestScoped
public class DeleteAccountBacking {

    @Inject
    Credentials credentials;

    @Inject
    SessionPolicy sessionPolicy;

    private String password;

    public void delete() throws IOException, ServletException {
        if (!credentials.passwordMatches(password)) {
            password = null;
            Texts.error("delete:password", Texts.of(AccountModule.BUNDLE, "password.current.wrong"));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        credentials.deleteAccount(request.getRemoteAddr());
        request.logout();
        sessionPolicy.end(request);
        external.redirect(request.getContextPath() + "/public/account/deleted.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
