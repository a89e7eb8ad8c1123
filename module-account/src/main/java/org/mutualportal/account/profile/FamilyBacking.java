package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.member.FamilySituation;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.web.Texts;

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
        String current = memberContext.member().getFamilySituation();
        if (situation == null && current != null) {
            situation = FamilySituation.valueOf(current);
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
        return Texts.core("family." + value);
    }

    public FamilySituation getSituation() {
        return situation;
    }

    public void setSituation(FamilySituation situation) {
        this.situation = situation;
    }
}
