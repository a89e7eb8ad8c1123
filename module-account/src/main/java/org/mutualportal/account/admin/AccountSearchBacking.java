package org.mutualportal.account.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.admin.AdminRequest;
import org.mutualportal.core.web.Texts;

/**
 * The accounts page ({@code /account/admin/accounts.xhtml}): the search travels in the URL ({@code q}) so
 * that a result can be reloaded; the staff's accounts are listed below it.
 */
@Named
@ViewScoped
public class AccountSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    AdminRequest admin;

    private String q;
    private String text;
    private AccountPage results;
    private AccountPage staff;
    private long resultCount;

    /** View action: runs the URL's search (audited: it shows members' data) and lists the staff. */
    public void load() {
        text = q == null ? null : q.strip();
        if (text != null && !text.isEmpty()) {
            resultCount = administration.count(text);
            results = new AccountPage(administration, text, resultCount);
            administration.searched(text, admin.actor(), admin.remoteAddress());
        }
        staff = new AccountPage(administration, null, administration.staffCount());
    }

    /** "Rechercher": the results at their own address. */
    public String search() {
        if (text == null || text.isBlank()) {
            Texts.error("search:q", Texts.of(AccountModule.BUNDLE, "admin.search.required"));
            return null;
        }
        return "/account/admin/accounts.xhtml?faces-redirect=true&q="
                + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8);
    }

    public boolean isSearched() {
        return results != null;
    }

    public String getResultsTitle() {
        return Texts.of(AccountModule.BUNDLE, "admin.search.results", resultCount);
    }

    public AccountPage getResults() {
        return results;
    }

    public AccountPage getStaff() {
        return staff;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
