package org.mutualportal.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The administrators' account search takes what they typed literally, wildcards included. */
class AccountStoreTest {

    @Test
    void wildcardsTypedByTheAdministratorAreTakenLiterally() {
        assertThat(AccountStore.likePrefix("50%_off\\")).isEqualTo("50\\%\\_off\\\\%");
    }
}
