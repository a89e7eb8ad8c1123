package org.mutualportal.claims;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.mutualportal.claims.claim.ClaimStage;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * "Envoyer une facture": a member sends the mutual a bill the Sécurité sociale does not forward (osteopath, optician
 * or dentist outside tiers payant, hospital fees, care abroad), with its proofs. The claim is a request of Suivi
 * that the management system collects from the request feed with its files, and whose stages it reports
 * (received, incomplete, accepted, refused, paid); an incomplete claim is completed on its own page.
 */
@ApplicationScoped
public class ClaimsModule implements PortalModule {

    public static final String ID = "claims";

    /** The module's messages: every class of the module reads its texts from here. */
    public static final String BUNDLE = "org.mutualportal.claims.i18n.messages";

    /** The request type of a claim; its number in Suivi is the claim's number. */
    public static final String CLAIM = "claims.claim";

    /** Business days the mutual announces to process a claim (the estimated date in Suivi). */
    static final int PROCESSING_DAYS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String bundle() {
        return BUNDLE;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.HEALTH, "menu.send", "/claims/send.xhtml").order(15),
                MenuEntry.of(Placement.HEALTH, "menu.list", "/claims/index.xhtml").order(16));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.RIGHT, "/WEB-INF/claims/widget.xhtml", 5));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType(CLAIM, "request.type.claim", PROCESSING_DAYS, true)
                .withStages(Arrays.stream(ClaimStage.values()).map(ClaimStage::declaration).toArray(RequestStage[]::new))
                .withPage("/claims/claim.xhtml?id={id}"));
    }
}
