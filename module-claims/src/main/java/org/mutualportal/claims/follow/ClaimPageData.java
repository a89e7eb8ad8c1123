package org.mutualportal.claims.follow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestAttachment;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimFile;
import org.mutualportal.claims.claim.Claims;

/**
 * What a claim's page shows, read once per HTTP request: the view-scoped page keeps only the id, so that a form
 * posted from a page left open sees the claim as it stands now (completed meanwhile, the form is gone).
 */
@RequestScoped
public class ClaimPageData {

    @Inject
    Claims claims;

    @Inject
    MemberRequests requests;

    private Claim claim;
    private MemberRequest request;
    private List<FileRow> files;

    /** @throws org.mutualportal.api.web.NotFoundException when the claim is not the member's */
    Claim claim(long id) {
        if (claim == null) {
            claim = claims.own(id);
        }
        return claim;
    }

    MemberRequest request(long id) {
        if (request == null) {
            claim(id);
            request = requests.find(id);
        }
        return request;
    }

    List<FileRow> files(long id) {
        if (files == null) {
            Map<Long, ClaimFile> described = claims.files(id).stream()
                    .collect(Collectors.toMap(ClaimFile::getAttachmentId, Function.identity()));
            List<FileRow> rows = new ArrayList<>();
            for (RequestAttachment attachment : requests.attachments(id)) {
                ClaimFile file = described.get(attachment.getId());
                String role = file == null ? "" : Texts.of(ClaimsModule.BUNDLE, "file.role." + file.getRole());
                rows.add(new FileRow(attachment.getId(), attachment.getFileName(), role));
            }
            files = rows;
        }
        return files;
    }
}
