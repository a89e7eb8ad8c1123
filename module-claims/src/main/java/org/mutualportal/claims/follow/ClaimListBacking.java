package org.mutualportal.claims.follow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimSettings;
import org.mutualportal.claims.claim.Claims;

/**
 * "Mes factures envoyées": the member's claims, newest first, a page at a time ({@code index.xhtml?page=…}): the
 * page of requests from Suivi's store (status and stage as they stand), the claims' own details in one more query.
 */
@Named
@RequestScoped
public class ClaimListBacking {

    static final int PAGE_SIZE = 10;
    private static final RequestFilter CLAIMS = new RequestFilter(ClaimsModule.CLAIM, null, null, null);

    @Inject
    MemberRequests requests;

    @Inject
    Claims claims;

    @Inject
    ClaimSettings settings;

    private Integer page;
    private List<ClaimRow> rows;
    private long total;

    public void load() {
        total = requests.count(CLAIMS);
        List<? extends MemberRequest> found = requests.history(CLAIMS, getPage() * PAGE_SIZE, PAGE_SIZE);
        Map<Long, Claim> details = claims.of(found.stream().map(MemberRequest::getId).toList());
        rows = new ArrayList<>();
        for (MemberRequest request : found) {
            Claim claim = details.get(request.getId());
            if (claim != null) {
                rows.add(new ClaimRow(claim, request.getCreatedAt(), settings.careKindLabel(claim.getCareKind()),
                        Texts.shared("request.status." + request.getStatus()), requests.stageLabel(request)));
            }
        }
    }

    public List<ClaimRow> getRows() {
        return rows;
    }

    public String getResultsTitle() {
        return Texts.of(ClaimsModule.BUNDLE, "list.results", total);
    }

    public boolean isPrevious() {
        return getPage() > 0;
    }

    public boolean isNext() {
        return (long) (getPage() + 1) * PAGE_SIZE < total;
    }

    public int getPage() {
        return page == null ? 0 : page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
