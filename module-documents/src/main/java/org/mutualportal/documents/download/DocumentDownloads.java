package org.mutualportal.documents.download;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.documents.attestation.AttestationPdf;
import org.mutualportal.documents.attestation.Attestations;
import org.mutualportal.documents.attestation.IssuedAttestation;
import org.mutualportal.documents.card.CardPdf;
import org.mutualportal.documents.card.TiersPayantCard;
import org.mutualportal.documents.card.TiersPayantCards;

/**
 * The module's PDFs, generated on demand and scoped to the signed-in member:
 * <ul>
 * <li>{@code /documents/download/attestation-<id>.pdf}: one of the member's issued attestations, printed
 * from its frozen data (another member's id answers 404);</li>
 * <li>{@code /documents/download/carte-tiers-payant.pdf}: the card of the membership selected in the
 * header (404 when the contract allows none).</li>
 * </ul>
 */
@WebServlet("/documents/download/*")
public class DocumentDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Only a whole number can be an id: anything else in its place is not found, as another member's id is. */
    private static final Pattern ATTESTATION = Pattern.compile("/attestation-([0-9]{1,18})\\.pdf");
    private static final String CARD = "/carte-tiers-payant.pdf";

    @Inject
    Attestations attestations;

    @Inject
    AttestationPdf attestationPdf;

    @Inject
    TiersPayantCards cards;

    @Inject
    CardPdf cardPdf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Matcher attestation = ATTESTATION.matcher(path);
            if (attestation.matches()) {
                IssuedAttestation issued = attestations.find(Converters.parseId(attestation.group(1)));
                send(response, attestationPdf.render(issued), "attestation-droits-" + issued.getCertifiedDate());
            } else if (CARD.equals(path)) {
                TiersPayantCard card = cards.current().orElseThrow(NotFoundException::new);
                send(response, cardPdf.render(card), "carte-tiers-payant-" + card.membershipNumber());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, byte[] pdf, String name) throws IOException {
        Downloads.send(response, pdf, "application/pdf", name + ".pdf");
    }
}
