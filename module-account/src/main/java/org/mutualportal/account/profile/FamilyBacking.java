package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.text.Texts;

/** "Ma situation familiale — Modifier". */
@Named
@RequestScoped
public class FamilyBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    Profile profile;

    private FamilySituation situation;

    public void load() {
        if (situation == null) {
            situation = memberContext.member().getFamilySituation();
        }
    }

    public String save() {
        profile.changeFamilySituation(situation);
        Texts.flash(Texts.of(AccountModule.BUNDLE, "family.saved"));
        return "/account/index.xhtml?faces-redirect=true";
    }

    public List<FamilySituation> getSituations() {
        return List.of(FamilySituation.values());
    }

    public String label(FamilySituation value) {
        return Texts.shared("family." + value);
    }

    public FamilySituation getSituation() {
        return situation;
    }

    public void setSituation(FamilySituation situation) {
        this.situation = situation;
    }
}
