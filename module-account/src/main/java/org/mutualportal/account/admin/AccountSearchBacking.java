package org.mutualportal.account.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.security.AccountSearch;
import org.mutualportal.api.text.Texts;

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

    private String q;
    @NotBlank(message = "{org.mutualportal.account.admin.search.required}")
    private String text;
    private AccountPage results;
    private AccountPage staff;
    private long resultCount;

    /** View action: runs the URL's search (audited: it shows members' data) and lists the staff. */
    public void load() {
        text = q == null ? null : q.strip();
        AccountQuery query = AccountQuery.of(text);
        if (query.kind() != AccountQuery.Kind.NONE) {
            AccountSearch search = query.search();
            resultCount = administration.count(search);
            results = new AccountPage(administration, search, resultCount);
            administration.searched(query);
        }
        AccountSearch team = AccountSearch.staff();
        staff = new AccountPage(administration, team, administration.count(team));
    }

    /** "Rechercher": the results at their own address. */
    public String search() {
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
