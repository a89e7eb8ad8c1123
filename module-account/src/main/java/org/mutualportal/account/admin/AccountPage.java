package org.mutualportal.account.admin;

import java.util.List;
import org.mutualportal.core.admin.PagedModel;

/** A lazy model of accounts: a search's results, or the staff's accounts when there is no search. */
public class AccountPage extends PagedModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    private final AccountAdministration administration;
    /** The search, or {@code null} for the staff's accounts. */
    private final String query;

    AccountPage(AccountAdministration administration, String query, long total) {
        super(total);
        this.administration = administration;
        this.query = query;
    }

    @Override
    protected List<AccountRow> page(int first, int size) {
        return query == null ? administration.staff(first, size) : administration.search(query, first, size);
    }

    @Override
    protected long idOf(AccountRow row) {
        return row.id();
    }
}
