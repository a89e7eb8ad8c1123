package org.mutualportal.reimbursements.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/** Payments written straight to the database, as the management system's import will write them. */
final class TestPayments {

    private final DataSource dataSource;

    TestPayments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A payment with one consultation line (30 € spent, 19 € Sécurité sociale, 9 € mutual, 2 € left). */
    long consultation(long memberId, long membershipId, long beneficiaryId, String beneficiaryName, LocalDate paid,
            LocalDate care, String payee, String payeeName) {
        long payment = payment(memberId, membershipId, paid, "TRANSFER", "9.00", payee, payeeName);
        line(payment, 1, beneficiaryId, beneficiaryName, "Consultation médecin généraliste", care, care, "30.00", "30.00",
                "70", "19.00", "2.00", "9.00", "Consultations généralistes", "PERCENT_OF_BASE", "100");
        return payment;
    }

    long payment(long memberId, long membershipId, LocalDate paid, String mode, String amount, String payee, String payeeName) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into reimb_payment (external_id, member_id, membership_id, payment_date, mode, amount, payee, payee_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            statement.setString(1, "T-P-" + UUID.randomUUID());
            statement.setLong(2, memberId);
            statement.setLong(3, membershipId);
            statement.setObject(4, paid);
            statement.setString(5, mode);
            statement.setBigDecimal(6, new BigDecimal(amount));
            statement.setString(7, payee);
            statement.setString(8, payeeName);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void line(long paymentId, int number, long beneficiaryId, String beneficiaryName, String act, LocalDate start,
            LocalDate end, String expense, String base, String rate, String ss, String deductible, String mutual,
            String guarantee, String basis, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into reimb_line (payment_id, line_number, beneficiary_id, beneficiary_name, act_label,
                            care_start, care_end, expense, base_amount, ss_rate, ss_amount, ss_deductible, mutual_amount,
                            guarantee_label, guarantee_basis, guarantee_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setLong(1, paymentId);
            statement.setInt(2, number);
            statement.setLong(3, beneficiaryId);
            statement.setString(4, beneficiaryName);
            statement.setString(5, act);
            statement.setObject(6, start);
            statement.setObject(7, end);
            statement.setBigDecimal(8, new BigDecimal(expense));
            statement.setBigDecimal(9, new BigDecimal(base));
            statement.setBigDecimal(10, new BigDecimal(rate));
            statement.setBigDecimal(11, new BigDecimal(ss));
            statement.setBigDecimal(12, new BigDecimal(deductible));
            statement.setBigDecimal(13, new BigDecimal(mutual));
            statement.setString(14, guarantee);
            statement.setString(15, basis);
            statement.setBigDecimal(16, value == null ? null : new BigDecimal(value));
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
