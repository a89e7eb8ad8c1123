package org.mutualportal.reimbursements.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as a result row shows it (no lines). Serializable: it lives in a view-scoped result page. */
public class PaymentSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDate paymentDate;
    private final PaymentMode mode;
    private final BigDecimal amount;
    private final Payee payee;
    private final String payeeName;

    public PaymentSummary(long id, LocalDate paymentDate, PaymentMode mode, BigDecimal amount, Payee payee, String payeeName) {
        this.id = id;
        this.paymentDate = paymentDate;
        this.mode = mode;
        this.amount = amount;
        this.payee = payee;
        this.payeeName = payeeName;
    }

    public long getId() {
        return id;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public PaymentMode getMode() {
        return mode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Payee getPayee() {
        return payee;
    }

    public String getPayeeName() {
        return payeeName;
    }
}
