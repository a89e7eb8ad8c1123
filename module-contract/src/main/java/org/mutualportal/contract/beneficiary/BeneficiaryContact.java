package org.mutualportal.contract.beneficiary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Coordinates of a beneficiary who has their own; the others share the member's. */
@Entity
@Table(name = "contract_beneficiary_contact")
public class BeneficiaryContact {

    @Id
    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Column(length = 254)
    private String email;

    @Column(name = "mobile_phone", length = 20)
    private String mobilePhone;

    @Column(length = 250)
    private String address;

    @Version
    private long version;

    protected BeneficiaryContact() {
    }

    public BeneficiaryContact(Long beneficiaryId, String email, String mobilePhone, String address) {
        this.beneficiaryId = beneficiaryId;
        this.email = email;
        this.mobilePhone = mobilePhone;
        this.address = address;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getEmail() {
        return email;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public String getAddress() {
        return address;
    }
}
