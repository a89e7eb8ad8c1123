package org.mutualportal.account.it;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.account.AccountModule;
import org.mutualportal.spi.PortalModule;

/** Stands for the reimbursements module, whose presence decides whether "Mon compte" offers the subscription. */
@ApplicationScoped
public class FakeReimbursementsModule implements PortalModule {

    @Override
    public String id() {
        return "reimbursements";
    }

    @Override
    public String bundle() {
        return AccountModule.BUNDLE;
    }
}
