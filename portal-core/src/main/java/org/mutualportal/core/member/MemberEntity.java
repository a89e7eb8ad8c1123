package org.mutualportal.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.PostalAddress;

/**
 * A person holding one or more memberships of the mutual (an adhérent), as the management system knows
 * them. Part of the shared kernel: every module refers to a member by {@link #getId()}.
 */
@Entity
@Table(name = "member")
public class MemberEntity implements Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The management system's identifier, the key of imports. */
    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** Contact e-mail known to the management system (the web login may differ). */
    @Column(length = 254)
    private String email;

    @Column(name = "mobile_phone", length = 20)
    private String mobilePhone;

    @Column(name = "home_phone", length = 20)
    private String homePhone;

    @Column(name = "family_situation", length = 20)
    private String familySituation;

    @Embedded
    private AddressColumns address;

    @Version
    private long version;

    protected MemberEntity() {
    }

    public MemberEntity(String externalId, String lastName, String firstName, LocalDate birthDate) {
        this.externalId = externalId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.birthDate = birthDate;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    /** "Prénom NOM", as the mutual writes it. */
    public String getFullName() {
        return firstName + " " + lastName.toUpperCase(java.util.Locale.FRANCE);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = homePhone;
    }

    /** The situation recorded; {@code null} for none, or for a code this version of the portal does not know. */
    @Override
    public FamilySituation getFamilySituation() {
        if (familySituation == null) {
            return null;
        }
        try {
            return FamilySituation.valueOf(familySituation);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public void setFamilySituation(FamilySituation situation) {
        this.familySituation = situation == null ? null : situation.name();
    }

    @Override
    public PostalAddress getAddress() {
        return address == null || address.isEmpty() ? null : address.toAddress();
    }

    public void setAddress(PostalAddress newAddress) {
        this.address = newAddress == null ? null : AddressColumns.of(newAddress);
    }

    public void rename(String newLastName, String newFirstName, LocalDate newBirthDate) {
        this.lastName = newLastName;
        this.firstName = newFirstName;
        this.birthDate = newBirthDate;
    }
}
