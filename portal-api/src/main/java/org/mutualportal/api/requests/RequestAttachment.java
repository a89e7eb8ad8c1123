package org.mutualportal.api.requests;

import java.time.OffsetDateTime;

/**
 * A file a member joined to a request: PDF, JPEG or PNG, recognised by content when it was joined.
 *
 * @since 1.0
 */
public interface RequestAttachment {

    /**
     * The attachment's id.
     *
     * @return never {@code null}
     */
    Long getId();

    /**
     * The request it belongs to.
     *
     * @return never {@code null}
     */
    Long getRequestId();

    /**
     * A safe file name (see {@link UploadedFiles#safeName}).
     *
     * @return never {@code null}
     */
    String getFileName();

    /**
     * {@code application/pdf}, {@code image/jpeg} or {@code image/png}, from the content.
     *
     * @return never {@code null}
     */
    String getContentType();

    /**
     * Size in bytes.
     *
     * @return the size
     */
    long getSize();

    /**
     * The file's bytes. Lists of attachments do not load them: call this only on an attachment read one by
     * one ({@link MemberRequests#attachment}, {@link RequestDesk#attachment}).
     *
     * @return never {@code null}
     */
    byte[] getContent();

    /**
     * When it was joined.
     *
     * @return never {@code null}
     */
    OffsetDateTime getCreatedAt();
}
