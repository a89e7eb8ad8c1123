package org.mutualportal.core.member;

import org.mutualportal.api.member.ContractKind;
import org.mutualportal.api.member.ContractState;

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
 * A membership (adhésion) of a member: the member number printed on the card, the contract it belongs to,
 * and whether that contract is individual or collective — the fact the collective-contract guard needs.
 * A member may hold several; the header's selector chooses which one the pages show.
 */
@Entity
@Table(name = "membership")
public class MembershipEntity implements org.mutualportal.api.member.Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    /** Numéro d'adhérent, as printed on the member card. */
    @Column(name = "membership_number", nullable = false, unique = true, length = 20)
    private String membershipNumber;

    @Column(name = "contract_number", nullable = false, length = 30)
    private String contractNumber;

    @Column(name = "offer_code", nullable = false, length = 30)
    private String offerCode;

    @Column(name = "offer_label", nullable = false, length = 80)
    private String offerLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractKind kind;

    @Column(name = "employer_name", length = 120)
    private String employerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ContractState state;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Version
    private long version;

    protected MembershipEntity() {
    }

    public MembershipEntity(String externalId, Long memberId, String membershipNumber, String contractNumber,
            String offerCode, String offerLabel, ContractKind kind, String employerName, ContractState state,
            LocalDate startDate) {
        this.externalId = externalId;
        this.memberId = memberId;
        this.membershipNumber = membershipNumber;
        this.contractNumber = contractNumber;
        this.offerCode = offerCode;
        this.offerLabel = offerLabel;
        this.kind = kind;
        this.employerName = employerName;
        this.state = state;
        this.startDate = startDate;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getMembershipNumber() {
        return membershipNumber;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getOfferCode() {
        return offerCode;
    }

    public String getOfferLabel() {
        return offerLabel;
    }

    public ContractKind getKind() {
        return kind;
    }

    /** Whether the employer manages the contract, so that changes go through the employer. */
    public boolean isCollective() {
        return kind == ContractKind.COLLECTIVE;
    }

    public String getEmployerName() {
        return employerName;
    }

    public ContractState getState() {
        return state;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void update(String newContractNumber, String newOfferCode, String newOfferLabel, ContractKind newKind,
            String newEmployerName, ContractState newState, LocalDate newStartDate, LocalDate newEndDate) {
        this.contractNumber = newContractNumber;
        this.offerCode = newOfferCode;
        this.offerLabel = newOfferLabel;
        this.kind = newKind;
        this.employerName = newEmployerName;
        this.state = newState;
        this.startDate = newStartDate;
        this.endDate = newEndDate;
    }
}
