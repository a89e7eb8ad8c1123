package org.mutualportal.claims.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimFileNames;
import org.mutualportal.claims.claim.ClaimFiling;
import org.mutualportal.claims.claim.ClaimSettings;
import org.mutualportal.claims.claim.Claims;
import org.mutualportal.claims.claim.FileDigests;
import org.mutualportal.claims.claim.FileRole;

/**
 * The member completes a claim the mutual said was incomplete: the missing proofs are joined to the same claim (not a
 * new one), and the claim goes back to the management system's feed — in one transaction.
 */
@ApplicationScoped
public class ClaimCompletion {

    @Inject
    Claims claims;

    @Inject
    MemberRequests requests;

    @Inject
    ClaimFiling filing;

    @Inject
    ClaimSettings settings;

    @Inject
    PortalClock clock;

    /**
     * Joins the files and hands the claim back to the management system.
     *
     * @param id one of the member's claims
     * @param files accepted by the form's {@code portal.files} validator
     * @return the claim's request as it now stands
     * @throws org.mutualportal.api.web.NotFoundException when the claim is not the member's
     * @throws BusinessException when the mutual does not wait for a proof (any more), or no file was joined
     */
    @Transactional
    public MemberRequest complete(long id, List<UploadedFiles.Accepted> files) {
        Claim claim = claims.own(id);
        MemberRequest request = requests.find(id);
        if (!requests.awaitsMember(request)) {
            throw new BusinessException(ClaimsModule.BUNDLE, "complete.notAwaited");
        }
        if (files.isEmpty()) {
            throw new BusinessException(ClaimsModule.BUNDLE, "complete.files.required").on("complements");
        }
        if (files.size() > settings.getMaxProofs()) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.proofs.tooMany", settings.getMaxProofs()).on("complements");
        }
        int position = (int) claims.files(id).stream().filter(f -> f.getRole() == FileRole.COMPLEMENT).count();
        for (UploadedFiles.Accepted file : files) {
            String name = ClaimFileNames.of(FileRole.COMPLEMENT, ++position, file.name(), file.content());
            filing.describe(requests.attach(request, name, file.content()), claim, FileRole.COMPLEMENT,
                    FileDigests.sha256(file.content()), clock.now());
        }
        claim.stageReported(null);
        return requests.resubmit(request);
    }
}
