package org.mutualportal.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mutualportal.api.requests.RequestStatus;
import org.mutualportal.contract.request.ContractRequests;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestStage;
import org.mutualportal.spi.RequestType;
import org.mutualportal.spi.Widget;

/**
 * "Mon contrat": general information, beneficiaries, contributions, the actions on the contract (each a
 * request for the mutual, behind the collective-contract guard), the table of guarantees as a PDF and "Estimer mon
 * remboursement" (a quote's estimate, sent as a "demande de prise en charge" if the member wants).
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
                MenuEntry.of(Placement.CONTRACT, "menu.estimate", "/contract/estimate.xhtml").order(35),
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
                new RequestType(ContractRequests.PAYMENT_MODE, "request.type.paymentMode", 10, true),
                // The management system reports where a "demande de prise en charge" stands, finer than its status.
                new RequestType(ContractRequests.ESTIMATE, "request.type.estimate", 10, true).withStages(
                        new RequestStage("RECEIVED", "request.stage.RECEIVED", RequestStatus.IN_PROGRESS, false),
                        new RequestStage(ContractRequests.ESTIMATE_INCOMPLETE, "request.stage.INCOMPLETE", RequestStatus.IN_PROGRESS, true),
                        new RequestStage("ACCEPTED", "request.stage.ACCEPTED", RequestStatus.DONE, false),
                        new RequestStage("REFUSED", "request.stage.REFUSED", RequestStatus.DONE, false))
                        .withPage("/contract/estimate.xhtml#request-{id}"));
    }
}
