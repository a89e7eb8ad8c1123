package org.mutualportal.account.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.security.Roles;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;

/** "Créer un compte collaborateur" ({@code /account/admin/new-staff.xhtml}): a login and roles, nothing else. */
@Named
@RequestScoped
public class NewStaffBacking {

    @Inject
    AccountAdministration administration;

    @EmailAddress
    @Size(max = WebAccount.LOGIN_LENGTH)
    private String login;
    private List<String> roles = new ArrayList<>(List.of(Roles.STAFF));

    public String create() {
        long accountId = administration.createStaff(login, new HashSet<>(roles));
        Texts.flash(Texts.of(AccountModule.BUNDLE, "admin.staff.created", login.strip()));
        return "/account/admin/account.xhtml?faces-redirect=true&id=" + accountId;
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
