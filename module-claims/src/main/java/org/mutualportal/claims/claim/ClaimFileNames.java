package org.mutualportal.claims.claim;

import org.mutualportal.api.requests.UploadedFiles;

/**
 * The names a claim's files are stored under: what each file is comes first ({@code justificatif-1-…},
 * {@code decompte-…}, {@code complement-1-…}), so that staff and the management system tell them apart, and the name
 * the member's browser sent follows, made safe.
 */
public final class ClaimFileNames {

    /** Room left for the member's own name within the stored name's 120 characters. */
    private static final int OWN_NAME_LENGTH = 90;

    private ClaimFileNames() {
    }

    /**
     * @param role what the file is
     * @param position its rank among the files of its role, from 1
     * @param submitted the name the browser sent
     * @param content the accepted content (PDF, JPEG or PNG)
     */
    public static String of(FileRole role, int position, String submitted, byte[] content) {
        String own = UploadedFiles.safeName(submitted, UploadedFiles.sniff(content).orElse("application/pdf"));
        if (own.length() > OWN_NAME_LENGTH) {
            own = own.substring(own.length() - OWN_NAME_LENGTH);
        }
        return switch (role) {
            case PROOF -> "justificatif-" + position + "-" + own;
            case STATEMENT -> "decompte-" + own;
            case COMPLEMENT -> "complement-" + position + "-" + own;
        };
    }
}
