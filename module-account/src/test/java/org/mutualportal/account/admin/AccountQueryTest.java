package org.mutualportal.account.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutualportal.account.admin.AccountQuery.Kind;
import org.mutualportal.api.security.AccountSearch;

/** How the account search reads what an administrator typed, and which roles a staff account may get. */
class AccountQueryTest {

    @Test
    void digitsAreAMembershipNumberAnAtSignALoginAndTheRestANameWithAnOptionalFirstName() {
        assertThat(AccountQuery.of(" 100 234 ")).isEqualTo(new AccountQuery(Kind.NUMBER, "100234", null, null));
        assertThat(AccountQuery.of("Marie.Leroy@")).isEqualTo(new AccountQuery(Kind.LOGIN, "marie.leroy@", null, null));
        assertThat(AccountQuery.of("  Le Goff   Léa ")).isEqualTo(new AccountQuery(Kind.NAME, "le goff léa", "le", "goff léa"));
        assertThat(AccountQuery.of("Leroy")).isEqualTo(new AccountQuery(Kind.NAME, "leroy", "leroy", null));
        assertThat(AccountQuery.of("   ").kind()).isEqualTo(Kind.NONE);
        assertThat(AccountQuery.of(null).kind()).isEqualTo(Kind.NONE);
        assertThat(AccountQuery.of("x".repeat(300)).value()).hasSize(AccountQuery.MAX_LENGTH);
    }

    @Test
    void eachQueryRunsTheSearchOfItsKind() {
        assertThat(AccountQuery.of(" 100 234 ").search()).isEqualTo(AccountSearch.byMembershipNumber("100234"));
        assertThat(AccountQuery.of("Marie.Leroy@").search()).isEqualTo(AccountSearch.byLoginPrefix("marie.leroy@"));
        assertThat(AccountQuery.of("  Le Goff   Léa ").search()).isEqualTo(AccountSearch.byName("le", "goff léa"));
        assertThat(AccountQuery.of("Leroy").search()).isEqualTo(AccountSearch.byName("leroy", null));
    }

    @Test
    void aStaffAccountHoldsOnlyStaffRoles() {
        assertThat(AccountAdministration.staffRoles(Set.of("STAFF", "ADMIN", "MEMBER", "SYSTEM"))).containsExactly("ADMIN", "STAFF");
        assertThat(AccountAdministration.staffRoles(Set.of("MEMBER"))).isEmpty();
        assertThat(AccountAdministration.staffRoles(null)).isEmpty();
    }
}
