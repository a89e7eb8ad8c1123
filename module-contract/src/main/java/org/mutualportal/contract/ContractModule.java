package org.mutualportal.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * "Mon contrat": general information, beneficiaries, contributions, the actions on the contract (each a
 * request for the mutual, behind the collective-contract guard) and the table of guarantees as a PDF.
 */
@ApplicationScoped
public class ContractModule implements PortalModule {

    /** The module's messages: every class of the module reads its texts from here. */
    public static final String BUNDLE = "org.mutualportal.contract.i18n.messages";

    public static final String ID = "contract";

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
        return 30;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(Placement.CONTRACT, "menu.contract", "/contract/index.xhtml").order(10),
                MenuEntry.of(Placement.CONTRACT, "menu.contributions", "/contract/contributions.xhtml").order(20),
                MenuEntry.of(Placement.CONTRACT, "menu.coverage", "/contract/coverage.xhtml").order(30),
                MenuEntry.of(Placement.DOCUMENTS, "menu.coverage", "/contract/coverage.xhtml").order(30),
                MenuEntry.of(Placement.DOCUMENTS, "menu.statements", "/contract/statements.xhtml").order(40),
                MenuEntry.of(Placement.SITUATION, "menu.change", "/contract/change.xhtml").order(30).guarded());
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget(Widget.Column.MAIN, "/WEB-INF/contract/contract-widget.xhtml", 20));
    }

    @Override
    public List<RequestType> requestTypes() {
        return List.of(
                new RequestType(ContractRequests.BENEFICIARY_ADD, "request.type.beneficiaryAdd", 10, true),
                new RequestType(ContractRequests.BENEFICIARY_CHANGE, "request.type.beneficiaryChange", 10, true),
                new RequestType(ContractRequests.GUARANTEES, "request.type.guarantees", 15, true),
                new RequestType(ContractRequests.TERMINATION, "request.type.termination", 10, true),
                new RequestType(ContractRequests.PAYMENT_MODE, "request.type.paymentMode", 10, true));
    }
}
