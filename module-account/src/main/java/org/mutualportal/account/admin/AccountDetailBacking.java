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
import org.mutualportal.core.admin.AdminRequest;
import org.mutualportal.core.web.NotFoundException;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;

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

    @Inject
    AdminRequest admin;

    private String id;
    private long accountId;
    private AccountRow account;
    private List<String> roles = new ArrayList<>();

    /** View action: the account of the URL, or a 404. */
    public void load() {
        accountId = RequestIds.parse(id);
        account = administration.find(accountId).orElseThrow(NotFoundException::new);
        roles = new ArrayList<>(account.roles());
        administration.viewed(account, admin.actor(), admin.remoteAddress());
    }

    public String unlock() {
        return done(administration.unlock(accountId, admin.actor(), admin.remoteAddress()), "admin.unlocked");
    }

    public String resendActivation() {
        return done(administration.resendActivation(accountId, admin.actor(), admin.remoteAddress()), "admin.activation.resent");
    }

    public String saveRoles() {
        Outcome outcome = administration.changeRoles(accountId, new HashSet<>(roles), admin.accountId(), admin.actor(),
                admin.remoteAddress());
        if (outcome == Outcome.SELF || outcome == Outcome.NO_ROLE) {
            Texts.error("access:roles", Texts.of(AccountModule.BUNDLE, "admin.outcome." + outcome));
            return null;
        }
        return done(outcome, "admin.roles.saved");
    }

    public String disable() {
        return done(administration.disable(accountId, admin.accountId(), admin.actor(), admin.remoteAddress()), "admin.disabled");
    }

    public String enable() {
        return done(administration.enable(accountId, admin.actor(), admin.remoteAddress()), "admin.enabled");
    }

    private String done(Outcome outcome, String doneKey) {
        Texts.flash(Texts.of(AccountModule.BUNDLE, outcome == Outcome.DONE ? doneKey : "admin.outcome." + outcome));
        return "/account/admin/account.xhtml?faces-redirect=true&id=" + accountId;
    }

    /** Whether this page shows the administrator's own account (no disabling, ADMIN stays). */
    public boolean isSelf() {
        return account != null && account.id() == admin.accountId();
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
