package org.mutualportal.core.security.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person at an identity provider ({@code provider}, {@code sub}) linked to a web account. */
@Entity
@Table(name = "external_identity")
public class ExternalIdentityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 40)
    private String provider;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private OffsetDateTime linkedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected ExternalIdentityEntity() {
    }

    ExternalIdentityEntity(long accountId, String provider, String subject, OffsetDateTime now) {
        this.accountId = accountId;
        this.provider = provider;
        this.subject = subject;
        this.linkedAt = now;
    }

    void used(OffsetDateTime now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }

    public OffsetDateTime getLinkedAt() {
        return linkedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
