package org.mutualportal.account.admin;

import java.util.List;
import org.mutualportal.api.security.AccountSearch;
import org.mutualportal.api.web.PagedModel;

/** A lazy model of accounts: a search's results, or the staff's accounts. */
public class AccountPage extends PagedModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    private final AccountAdministration administration;
    private final AccountSearch search;

    AccountPage(AccountAdministration administration, AccountSearch search, long total) {
        super(total);
        this.administration = administration;
        this.search = search;
    }

    @Override
    protected List<AccountRow> page(int first, int size) {
        return administration.search(search, first, size);
    }

    @Override
    protected long idOf(AccountRow row) {
        return row.summary().id();
    }
}
