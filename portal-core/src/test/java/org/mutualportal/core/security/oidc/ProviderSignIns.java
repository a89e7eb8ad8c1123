package org.mutualportal.core.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.OidcProvider;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/** What the tests of the sign-in through a provider share: the flow over HTTP, members, links, the database. */
final class ProviderSignIns {

    private ProviderSignIns() {
    }

    /** Start, the provider's answer, the callback, with FranceConnect: the portal's answer to the callback. */
    static Page codeFlow(WebClient browser) {
        return codeFlow(browser, "franceconnect");
    }

    /** Start, the provider's answer, the callback: the portal's answer to the callback. */
    static Page codeFlow(WebClient browser, String provider) {
        Page start = browser.get("oidc/" + provider + "/start");
        assertThat(start.status()).as("start").isEqualTo(302);
        Page answer = browser.get(start.location());
        assertThat(answer.status()).as("the provider's answer").isEqualTo(302);
        return browser.get(answer.location());
    }

    static Map<String, Object> claims() {
        return OidcProvider.franceConnectClaims("Marie Louise", "Leroy", "1980-05-17", "female", "marie@example.fr");
    }

    /** A member Marie Leroy born 1980-05-17 with an active account; returns the account's id. */
    static long memberAccount() {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        TestMembers.Created created = members.individual("Leroy", "Marie", LocalDate.of(1980, 5, 17));
        return members.account(created.memberId(), "fc-" + UUID.randomUUID() + "@example.fr", "Adherent#2026");
    }

    /** Links this FranceConnect subject to the account, straight in the database. */
    static void link(long accountId, String subject) throws SQLException {
        link(accountId, "franceconnect", subject);
    }

    /** Links this subject at this provider to the account, straight in the database. */
    static void link(long accountId, String provider, String subject) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into external_identity (account_id, provider, subject, linked_at) values (?, ?, ?, now())")) {
            insert.setLong(1, accountId);
            insert.setString(2, provider);
            insert.setString(3, subject);
            insert.executeUpdate();
        }
    }

    /** The first column of the first row, or {@code null}. */
    static Object value(String sql, Object... parameters) {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs this update straight in the database. */
    static void update(String sql, Object... parameters) {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address's query parameters, decoded. */
    static Map<String, String> query(String address) {
        String query = URI.create(address).getRawQuery();
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
    }

    /** No session: a member page sends to the sign-in page. */
    static void signedOut(WebClient browser) {
        Page home = browser.get("home.xhtml");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).contains("/login.xhtml");
    }
}
