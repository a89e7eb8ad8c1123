package org.mutualportal.core.member;

import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.validation.SocialSecurityNumber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A person covered by a membership: the member themself, a spouse, a child… Shared kernel, because
 * reimbursements (search by beneficiary), the contract and documents all need the list.
 */
@Entity
@Table(name = "beneficiary")
public class BeneficiaryEntity implements org.mutualportal.api.member.Beneficiary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "membership_id", nullable = false)
    private Long membershipId;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Relationship relationship;

    /** Numéro de sécurité sociale (NIR, 13 digits + 2-digit key); shown masked. */
    @Column(length = 15)
    private String nir;

    /** NIR of the insured person this beneficiary is attached to at the Sécurité sociale, when not their own. */
    @Column(name = "attached_to_nir", length = 15)
    private String attachedToNir;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Version
    private long version;

    protected BeneficiaryEntity() {
    }

    public BeneficiaryEntity(String externalId, Long membershipId, String lastName, String firstName, LocalDate birthDate,
            Relationship relationship, String nir, LocalDate startDate) {
        this.externalId = externalId;
        this.membershipId = membershipId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
        this.relationship = relationship;
        this.nir = nir;
        this.startDate = startDate;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getFullName() {
        return firstName + " " + lastName.toUpperCase(java.util.Locale.FRANCE);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getNir() {
        return nir;
    }

    /** The NIR with only its last 5 characters (last 3 digits + key) visible. */
    public String getMaskedNir() {
        return SocialSecurityNumber.mask(nir);
    }

    public String getAttachedToNir() {
        return attachedToNir;
    }

    public void setAttachedToNir(String attachedToNir) {
        this.attachedToNir = attachedToNir;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void update(String newLastName, String newFirstName, LocalDate newBirthDate, Relationship newRelationship,
            String newNir, LocalDate newStartDate, LocalDate newEndDate) {
        this.lastName = newLastName;
        this.firstName = newFirstName;
        this.birthDate = newBirthDate;
        this.relationship = newRelationship;
        this.nir = newNir;
        this.startDate = newStartDate;
        this.endDate = newEndDate;
    }
}
