package org.mutualportal.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutualportal.core.security.AccessRules.Access;

class AccessRulesTest {

    @ParameterizedTest
    @CsvSource({
        "/, PUBLIC",
        "/index.xhtml, PUBLIC",
        "/login.xhtml, PUBLIC",
        "/public/faq/index.xhtml, PUBLIC",
        "/jakarta.faces.resource/theme.css.xhtml, PUBLIC",
        "/health/ready, PUBLIC",
        "/home.xhtml, MEMBER",
        "/reimbursements/search.xhtml, MEMBER",
        "/reimbursements/statement.pdf, MEMBER",
        "/contact/staff/inbox.xhtml, STAFF",
        "/staff/index.xhtml, STAFF",
        "/admin/modules.xhtml, ADMIN",
        "/faq/admin/settings.xhtml, ADMIN",
        "/unknown.xhtml, SIGNED_IN",
        "/healthcare/index.xhtml, MEMBER"
    })
    void pathsRequireTheirRole(String path, Access access) {
        assertThat(AccessRules.required(path)).isEqualTo(access);
    }

    @ParameterizedTest
    @CsvSource({
        "/reimbursements/search.xhtml, MEMBER, true",
        "/reimbursements/search.xhtml, STAFF, false",
        "/contact/staff/inbox.xhtml, MEMBER, false",
        "/contact/staff/inbox.xhtml, STAFF, true",
        "/admin/modules.xhtml, STAFF, false",
        "/faq/index.xhtml?q=x, MEMBER, true"
    })
    void menusFollowTheSameRule(String path, String role, boolean allowed) {
        assertThat(AccessRules.allows(path, Set.of(role))).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void anonymousUsersOpenOnlyPublicPaths() {
        assertThat(AccessRules.allows("/public/account/register.xhtml", Set.of())).isTrue();
        assertThat(AccessRules.allows("/unknown.xhtml", Set.of())).isFalse();
        assertThat(AccessRules.allows("/home.xhtml", Set.of())).isFalse();
    }
}
