package org.mutualportal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;

/**
 * "Documents": the toolbar section the seed left "à venir". Members download their attestation de droits
 * and their tiers-payant card themselves instead of calling, ask for a new member card, and find in "Mes
 * documents" every document the enabled modules offer — read from the enabled modules'
 * {@link Placement#DOCUMENTS} entries, so that this module knows none of the others and the core knows none of
 * them.
 */
@ApplicationScoped
public class DocumentsModule implements PortalModule {

    public static final String ID = "documents";
    public static final String BUNDLE = "org.mutualportal.documents.i18n.messages";
    /** The request a new member card becomes in Suivi. */
    public static final String CARD_REQUEST = "documents.card";

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
        return 50;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.DOCUMENTS, "menu.documents", "/documents/index.xhtml").order(10),
                MenuEntry.of(Placement.DOCUMENTS, "menu.attestation", "/documents/attestation.xhtml").order(20),
                MenuEntry.of(Placement.DOCUMENTS, "menu.card", "/documents/card.xhtml").order(30),
                MenuEntry.of(Placement.DOCUMENTS, "menu.newCard", "/documents/new-card.xhtml").order(40),
                MenuEntry.of(Placement.STAFF, "menu.verify", "/documents/staff/verify.xhtml").order(50));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(new RequestType(CARD_REQUEST, "request.type.card", 10, true));
    }
}
