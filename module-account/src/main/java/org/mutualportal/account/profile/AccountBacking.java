package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.member.CollectiveContractGuard;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.text.Texts;

/** "Mon compte" — the sheet of the guide: coordinates, family situation, subscriptions, account. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    Profile profile;

    @Inject
    Credentials credentials;

    @Inject
    CollectiveContractGuard guard;

    @Inject
    Modules modules;

    private Boolean subscribed;

    public Member getMember() {
        return memberContext.member();
    }

    public String getLogin() {
        return credentials.account().getLogin();
    }

    /** An account created through an identity provider has none until its holder chooses one. */
    public boolean isPasswordSet() {
        return credentials.account().hasPassword();
    }

    public String getFamilySituation() {
        FamilySituation situation = memberContext.member().getFamilySituation();
        return situation == null ? null : Texts.shared("family." + situation);
    }

    /** Coordinates of a collective contract are changed by the employer: no "Modifier" then. */
    public boolean isEditable() {
        return !guard.isCollective();
    }

    /** The subscription only makes sense while the reimbursements module is on. */
    public boolean isReimbursementsOffered() {
        return modules.isEnabled("reimbursements");
    }

    public boolean isSubscribed() {
        if (subscribed == null) {
            subscribed = profile.isSubscribedToReimbursements();
        }
        return subscribed;
    }

    public void subscribe() {
        profile.setReimbursementNotifications(true);
        subscribed = true;
        Texts.info(Texts.of(AccountModule.BUNDLE, "account.subscription.saved"));
    }

    public void unsubscribe() {
        profile.setReimbursementNotifications(false);
        subscribed = false;
        Texts.info(Texts.of(AccountModule.BUNDLE, "account.subscription.saved"));
    }
}
