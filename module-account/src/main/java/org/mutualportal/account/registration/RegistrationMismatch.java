package org.mutualportal.account.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A registration whose card data did not match, counted per member number (hashed, as in the audit trail)
 * so that a birth date cannot be guessed by trying. Kept one day at most.
 */
@Entity
@Table(name = "account_registration_mismatch")
public class RegistrationMismatch {

    /** The length of {@link RegistrationAttempts#card(String)}'s reference. */
    static final int CARD_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CARD_LENGTH)
    private String card;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected RegistrationMismatch() {
    }

    RegistrationMismatch(String card, OffsetDateTime occurredAt) {
        this.card = card;
        this.occurredAt = occurredAt;
    }
}
