package org.mutualportal.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A browser that completed a second factor for an account; only the hash of its cookie is kept. */
@Entity
@Table(name = "known_device")
public class KnownDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "device_hash", nullable = false, length = 64)
    private String deviceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private OffsetDateTime lastSeenAt;

    protected KnownDevice() {
    }

    KnownDevice(long accountId, String deviceHash, OffsetDateTime now) {
        this.accountId = accountId;
        this.deviceHash = deviceHash;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    void seen(OffsetDateTime now) {
        lastSeenAt = now;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }
}
