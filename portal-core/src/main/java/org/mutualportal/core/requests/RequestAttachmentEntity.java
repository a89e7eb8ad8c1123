package org.mutualportal.core.requests;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A file joined to a request (a message's attachment, a beneficiary's supporting document). Kept with the
 * request in the database, so that every instance of a cluster serves it and it is backed up with it; the
 * content is loaded only when downloaded.
 */
@Entity
@Table(name = "member_request_attachment")
public class RequestAttachmentEntity implements org.mutualportal.api.requests.RequestAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    /** The type found in the content (not the one the browser claimed). */
    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RequestAttachmentEntity() {
    }

    RequestAttachmentEntity(long requestId, String fileName, String contentType, byte[] content, OffsetDateTime createdAt) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
