package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.mutualportal.api.security.Sessions;

/** "Je souhaite supprimer mon compte", confirmed by the password. */
@Named
@RequestScoped
public class DeleteAccountBacking {

    @Inject
    Credentials credentials;

    @Inject
    Sessions sessions;

    private String password;

    public void delete() throws IOException {
        credentials.deleteAccount(password);
        sessions.endCurrent();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/public/account/deleted.xhtml");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
