package org.mutualportal.core.requests;

import org.mutualportal.api.requests.RequestStatus;

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
import java.time.OffsetDateTime;

/**
 * Something a member asked of the mutual — a message, a change of address or bank details, a new
 * beneficiary, a termination — whichever module took it. One store for all, so that Suivi shows the whole
 * history, staff answer from one inbox and the management system reads one feed.
 */
@Entity
@Table(name = "member_request")
public class MemberRequestEntity implements org.mutualportal.api.requests.MemberRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "membership_id")
    private Long membershipId;

    @Column(name = "type_code", nullable = false, length = 80)
    private String typeCode;

    @Column(name = "module_id", nullable = false, length = 40)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status;

    /** One line shown in the history, written by the module (no health data). */
    @Column(nullable = false, length = 300)
    private String summary;

    /** What the member wrote or asked, as plain text. */
    @Column
    private String details;

    /** Structured data for the management system (JSON), when the request is for it. */
    @Column
    private String payload;

    @Column(name = "for_management", nullable = false)
    private boolean forManagement;

    /** The step the management system last reported (a stage its type declares), and why. */
    @Column(length = 40)
    private String stage;

    @Column(name = "stage_reason", length = 1000)
    private String stageReason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "estimated_date")
    private LocalDate estimatedDate;

    @Column
    private String answer;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by", length = 120)
    private String answeredBy;

    @Column(name = "assigned_to", length = 120)
    private String assignedTo;

    @Version
    private long version;

    protected MemberRequestEntity() {
    }

    MemberRequestEntity(long memberId, Long membershipId, String typeCode, String moduleId, String summary, String details,
            String payload, boolean forManagement, OffsetDateTime now, LocalDate estimatedDate) {
        this.memberId = memberId;
        this.membershipId = membershipId;
        this.typeCode = typeCode;
        this.moduleId = moduleId;
        this.summary = summary;
        this.details = details;
        this.payload = payload;
        this.forManagement = forManagement;
        this.status = RequestStatus.SENT;
        this.createdAt = now;
        this.updatedAt = now;
        this.estimatedDate = estimatedDate;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getModuleId() {
        return moduleId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetails() {
        return details;
    }

    public String getPayload() {
        return payload;
    }

    public boolean isForManagement() {
        return forManagement;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getEstimatedDate() {
        return estimatedDate;
    }

    public String getAnswer() {
        return answer;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    @Override
    public String getStage() {
        return stage;
    }

    @Override
    public String getStageReason() {
        return stageReason;
    }

    /** The management system reports a stage; the status moves separately (through the desk). */
    public void changeStage(String newStage, String reason, OffsetDateTime now) {
        stage = newStage;
        stageReason = reason;
        updatedAt = now;
    }

    /** The member completed the request: the mutual no longer waits for them. */
    void clearStage(OffsetDateTime now) {
        stage = null;
        stageReason = null;
        updatedAt = now;
    }

    public void take(String staff, OffsetDateTime now) {
        requireOpen();
        assignedTo = staff;
        status = RequestStatus.IN_PROGRESS;
        updatedAt = now;
    }

    public void answer(String text, String staff, OffsetDateTime now) {
        requireOpen();
        answer = text;
        answeredBy = staff;
        answeredAt = now;
        status = RequestStatus.DONE;
        updatedAt = now;
    }

    public void changeStatus(RequestStatus newStatus, OffsetDateTime now) {
        status = newStatus;
        updatedAt = now;
    }

    void cancel(OffsetDateTime now) {
        if (status != RequestStatus.SENT) {
            throw new IllegalStateException("Only a request not yet taken can be cancelled");
        }
        status = RequestStatus.CANCELLED;
        updatedAt = now;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("Request " + id + " is " + status);
        }
    }
}
