package org.mutualportal.account.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.admin.AccountAdministration.Outcome;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;

/**
 * One account ({@code /account/admin/account.xhtml?id=…}) and what an administrator may do with it:
 * unlock, resend the activation link; for staff, roles and disabling. Each action redirects back to the
 * page with its outcome (post-redirect-get), so a reload never repeats it.
 */
@Named
@ViewScoped
public class AccountDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private Long id;
    private AccountRow account;
    private List<String> roles = new ArrayList<>();

    /** View action: the account of the URL, or a 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        account = administration.find(id).orElseThrow(NotFoundException::new);
        roles = new ArrayList<>(account.summary().roles());
        administration.viewed(account);
    }

    public String unlock() {
        return done(administration.unlock(id), "admin.unlocked");
    }

    public String resendActivation() {
        return done(administration.resendActivation(id), "admin.activation.resent");
    }

    public String saveRoles() {
        return done(administration.changeRoles(id, new HashSet<>(roles)), "admin.roles.saved");
    }

    public String disable() {
        return done(administration.disable(id), "admin.disabled");
    }

    public String enable() {
        return done(administration.enable(id), "admin.enabled");
    }

    private String done(Outcome outcome, String doneKey) {
        Texts.flash(Texts.of(AccountModule.BUNDLE, outcome == Outcome.DONE ? doneKey : "admin.outcome." + outcome));
        return "/account/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    /** Whether this page shows the administrator's own account (no disabling, ADMIN stays). */
    public boolean isSelf() {
        return account != null && administration.isSelf(account.summary().id());
    }

    public List<String> getStaffRoles() {
        return AccountAdministration.STAFF_ROLES;
    }

    public String roleLabel(String role) {
        return Texts.of(AccountModule.BUNDLE, "admin.role." + role);
    }

    public AccountRow getAccount() {
        return account;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
