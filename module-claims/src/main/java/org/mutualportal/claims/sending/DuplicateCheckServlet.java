package org.mutualportal.claims.sending;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claims;
import org.mutualportal.claims.claim.EarlierProof;
import org.mutualportal.claims.claim.FileDigests;

/**
 * {@code GET /claims/duplicates?beneficiary=<id>&sha256=<hex>…}: which of these proofs (by the SHA-256 the page's
 * script computed in the browser) the member already sent for this beneficiary, with the French sentence naming the
 * earlier claim — so that the page warns before the files travel. The server checks again when the claim is sent;
 * this answer only saves the member a round trip. Another membership's beneficiary, or a malformed id, is not
 * found.
 */
@WebServlet("/claims/duplicates")
public class DuplicateCheckServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** More digests than a claim carries files is not the page's script. */
    private static final int MAX_DIGESTS = 20;

    @Inject
    MemberContext memberContext;

    @Inject
    Claims claims;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] digests = request.getParameterValues("sha256");
        List<String> sha256s = digests == null ? List.of() : Arrays.stream(digests).distinct().toList();
        if (sha256s.size() > MAX_DIGESTS || !sha256s.stream().allMatch(FileDigests::isSha256)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            Beneficiary beneficiary = memberContext.beneficiary(Converters.parseId(request.getParameter("beneficiary")));
            JsonArrayBuilder found = Json.createArrayBuilder();
            for (EarlierProof earlier : claims.duplicates(beneficiary.getId(), sha256s)) {
                found.add(Json.createObjectBuilder().add("sha256", earlier.sha256()).add("number", earlier.number())
                        .add("message", Texts.of(ClaimsModule.BUNDLE, "send.proofs.duplicate.early",
                                beneficiary.getFullName(), earlier.number().toString(),
                                FrenchFormats.date(earlier.sentOn()))));
            }
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder().add("duplicates", found).build().toString());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
