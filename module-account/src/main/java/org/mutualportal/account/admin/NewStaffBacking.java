package org.mutualportal.account.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.admin.AccountAdministration.Creation;
import org.mutualportal.account.admin.AccountAdministration.Outcome;
import org.mutualportal.core.admin.AdminRequest;
import org.mutualportal.core.spi.Roles;
import org.mutualportal.core.web.Texts;

/** "Créer un compte collaborateur" ({@code /account/admin/new-staff.xhtml}): a login and roles, nothing else. */
@Named
@RequestScoped
public class NewStaffBacking {


    @Inject
    AccountAdministration administration;

    @Inject
    AdminRequest admin;

    private String login;
    private List<String> roles = new ArrayList<>(List.of(Roles.STAFF));

    public String create() {
        Creation creation = administration.createStaff(login, new HashSet<>(roles), admin.actor(), admin.remoteAddress());
        if (creation.outcome() != Outcome.DONE) {
            String field = creation.outcome() == Outcome.NO_ROLE ? "staff:roles" : "staff:login";
            Texts.error(field, Texts.of(AccountModule.BUNDLE, "admin.outcome." + creation.outcome()));
            return null;
        }
        Texts.flash(Texts.of(AccountModule.BUNDLE, "admin.staff.created", login.strip()));
        return "/account/admin/account.xhtml?faces-redirect=true&id=" + creation.accountId();
    }

    public List<String> getStaffRoles() {
        return AccountAdministration.STAFF_ROLES;
    }

    public String roleLabel(String role) {
        return Texts.of(AccountModule.BUNDLE, "admin.role." + role);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
