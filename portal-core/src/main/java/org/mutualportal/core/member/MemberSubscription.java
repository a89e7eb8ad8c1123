package org.mutualportal.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A member's wish to receive an e-mail about something (a new reimbursement…), by topic. */
@Entity
@Table(name = "member_subscription")
@IdClass(MemberSubscription.Key.class)
public class MemberSubscription {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Id
    @Column(length = 40)
    private String topic;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MemberSubscription() {
    }

    MemberSubscription(long memberId, String topic, OffsetDateTime createdAt) {
        this.memberId = memberId;
        this.topic = topic;
        this.createdAt = createdAt;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getTopic() {
        return topic;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long memberId;
        private String topic;

        public Key() {
        }

        public Key(Long memberId, String topic) {
            this.memberId = memberId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(memberId, key.memberId)
                    && java.util.Objects.equals(topic, key.topic);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(memberId, topic);
        }
    }
}
