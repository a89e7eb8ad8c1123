package org.mutualportal.claims.follow;

/** A file of a claim as its page lists it (getters for EL). */
public final class FileRow {

    private final long id;
    private final String fileName;
    private final String role;

    FileRow(long id, String fileName, String role) {
        this.id = id;
        this.fileName = fileName;
        this.role = role;
    }

    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    /** What the file is for the claim, in French. */
    public String getRole() {
        return role;
    }
}
