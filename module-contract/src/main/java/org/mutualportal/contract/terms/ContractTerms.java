package org.mutualportal.contract.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The terms of a membership's contract as the management system holds them: the subscriber (the member for
 * an individual contract, the employer for a collective one), since when the current guarantees apply, and
 * how contributions are paid — with the change the member asked for, until the mutual applies it.
 */
@Entity
@Table(name = "contract_terms")
public class ContractTerms {

    /** Longest account holder's name: the column's, which the payment mode form and the terms import respect. */
    public static final int HOLDER_LENGTH = 120;

    @Id
    @Column(name = "membership_id")
    private Long membershipId;

    @Column(name = "subscriber_name", length = 120)
    private String subscriberName;

    @Column(name = "subscriber_address", length = 250)
    private String subscriberAddress;

    @Column(name = "guarantees_since")
    private LocalDate guaranteesSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", length = 16)
    private PaymentMode paymentMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_frequency", length = 12)
    private NoticeFrequency noticeFrequency;

    @Column(name = "debit_day")
    private Integer debitDay;

    @Column(name = "holder_name", length = HOLDER_LENGTH)
    private String holderName;

    @Column(length = 34)
    private String iban;

    @Column(length = 11)
    private String bic;

    @Column(name = "mandate_reference", length = 35)
    private String mandateReference;

    @Column(name = "mandate_signed_on")
    private LocalDate mandateSignedOn;

    @Column(name = "pending_request_id")
    private Long pendingRequestId;

    @Version
    private long version;

    protected ContractTerms() {
    }

    public ContractTerms(Long membershipId) {
        this.membershipId = membershipId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getSubscriberName() {
        return subscriberName;
    }

    public String getSubscriberAddress() {
        return subscriberAddress;
    }

    public void setSubscriber(String name, String address) {
        this.subscriberName = name;
        this.subscriberAddress = address;
    }

    public LocalDate getGuaranteesSince() {
        return guaranteesSince;
    }

    public void setGuaranteesSince(LocalDate guaranteesSince) {
        this.guaranteesSince = guaranteesSince;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public NoticeFrequency getNoticeFrequency() {
        return noticeFrequency;
    }

    public Integer getDebitDay() {
        return debitDay;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public String getMandateReference() {
        return mandateReference;
    }

    public LocalDate getMandateSignedOn() {
        return mandateSignedOn;
    }

    /** Sets how contributions are paid; bank details only for a direct debit. */
    public void setPayment(PaymentMode mode, NoticeFrequency frequency, Integer day, String holder, String newIban,
            String newBic, String mandate, LocalDate signedOn) {
        this.paymentMode = mode;
        this.noticeFrequency = frequency;
        boolean debit = mode == PaymentMode.DIRECT_DEBIT;
        this.debitDay = debit ? day : null;
        this.holderName = debit ? holder : null;
        this.iban = debit ? newIban : null;
        this.bic = debit ? newBic : null;
        this.mandateReference = debit ? mandate : null;
        this.mandateSignedOn = debit ? signedOn : null;
    }

    public Long getPendingRequestId() {
        return pendingRequestId;
    }

    public void setPendingRequestId(Long pendingRequestId) {
        this.pendingRequestId = pendingRequestId;
    }
}
