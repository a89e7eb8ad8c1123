package org.mutualportal.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Members created straight in the database from the test JVM, the way the management system's import will
 * create them: each test gets members of its own, with unique numbers, in a database tests share.
 *
 * <h2>Usage</h2>
 * <pre>
 * TestMembers.Created lea = TestMembers.in(EmbeddedDatabase.dataSource()).individual("Martin", "Léa", LocalDate.of(1990, 1, 2));
 * </pre>
 */
public final class TestMembers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final DataSource dataSource;

    private TestMembers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static TestMembers in(DataSource dataSource) {
        return new TestMembers(dataSource);
    }

    /** What was created: ids and the card's membership number. */
    public record Created(long memberId, long membershipId, long beneficiaryId, String membershipNumber) {
    }

    public Created individual(String lastName, String firstName, LocalDate birthDate) {
        return create(lastName, firstName, birthDate, "INDIVIDUAL", null);
    }

    public Created collective(String lastName, String firstName, LocalDate birthDate, String employer) {
        return create(lastName, firstName, birthDate, "COLLECTIVE", employer);
    }

    private Created create(String lastName, String firstName, LocalDate birthDate, String kind, String employer) {
        String unique = UUID.randomUUID().toString();
        String number = "9" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        try (Connection connection = dataSource.getConnection()) {
            long member = insert(connection, """
                    insert into member (external_id, last_name, first_name, birth_date, email, mobile_phone,
                                        address_line1, postcode, city, country)
                    values (?, ?, ?, ?, ?, '0600000000', '1 rue de Test', '13001', 'MARSEILLE', 'France') returning id""",
                    "T-M-" + unique, lastName, firstName, birthDate, "contact-" + unique + "@example.fr");
            long membership = insert(connection, """
                    insert into membership (external_id, member_id, membership_number, contract_number, offer_code,
                                            offer_label, kind, employer_name, state, start_date)
                    values (?, ?, ?, ?, 'LAB-CONFORT', 'Labellisée Confort', ?, ?, 'OPEN', ?) returning id""",
                    "T-A-" + unique, member, number, "CT-" + number, kind, employer, LocalDate.of(2020, 1, 1));
            long beneficiary = insert(connection, """
                    insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship,
                                             start_date)
                    values (?, ?, ?, ?, ?, 'MEMBER', ?) returning id""",
                    "T-B-" + unique, membership, lastName, firstName, birthDate, LocalDate.of(2020, 1, 1));
            return new Created(member, membership, beneficiary, number);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An active member account whose password is hashed like the portal's (PBKDF2-HMAC-SHA256, few
     * iterations: the portal raises them at the first sign-in).
     */
    public long account(long memberId, String login, String password) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, """
                    insert into web_account (member_id, login, password_hash, roles, status, created_at)
                    values (?, ?, ?, 'MEMBER', 'ACTIVE', now()) returning id""", memberId, login, hash(password));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A staff account (no member behind it). */
    public long staffAccount(String login, String password) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, """
                    insert into web_account (login, password_hash, roles, status, created_at)
                    values (?, ?, 'STAFF', 'ACTIVE', now()) returning id""", login, hash(password));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new administrator (roles ADMIN and STAFF) with a login of its own; returns the login. */
    public String administrator(String password) {
        String login = "admin-" + System.nanoTime() + "@mutuelle.example";
        execute("update web_account set roles = 'ADMIN,STAFF' where id = ?", staffAccount(login, password));
        return login;
    }

    static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1024, 256);
            byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            var b64 = java.util.Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:1024:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement (fixtures that need no dedicated helper). */
    public void execute(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a member a second membership (the header's selector then offers both). */
    public long addMembership(long memberId, String kind, String employer) {
        String unique = UUID.randomUUID().toString();
        String number = "8" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, """
                    insert into membership (external_id, member_id, membership_number, contract_number, offer_code,
                                            offer_label, kind, employer_name, state, start_date)
                    values (?, ?, ?, ?, 'COL-ENTREPRISE', 'Collective Entreprise', ?, ?, 'OPEN', ?) returning id""",
                    "T-A-" + unique, memberId, number, "CT-" + number, kind, employer, LocalDate.of(2021, 1, 1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A beneficiary added to a membership: its id and its id in the management system. */
    public record AddedBeneficiary(long id, String externalId) {
    }

    /**
     * Adds a beneficiary to a membership (a child, a spouse…), covered since 1 January 2020.
     *
     * @param relationship {@code CHILD}, {@code SPOUSE}…
     */
    public AddedBeneficiary addBeneficiary(long membershipId, String lastName, String firstName, LocalDate birthDate,
            String relationship) {
        String externalId = "T-B-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            long id = insert(connection, """
                    insert into beneficiary (external_id, membership_id, last_name, first_name, birth_date, relationship,
                                             start_date)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""",
                    externalId, membershipId, lastName, firstName, birthDate, relationship, LocalDate.of(2020, 1, 1));
            return new AddedBeneficiary(id, externalId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A single number from a query (a count, an id), for assertions. */
    public long count(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single text from a query, for assertions. */
    public String text(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
