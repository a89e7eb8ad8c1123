package org.mutualportal.core.member;

import org.mutualportal.api.member.CollectiveContractGuard;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.CollectiveContractException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The rule of the mutual's guide: "pour nos adhérents ayant souscrit à un contrat collectif, merci de bien
 * vouloir solliciter votre employeur pour toutes modifications de coordonnées et de contrat".
 *
 * <p>Three places apply it: pages that change something call {@link #enter()} as their view action (the
 * member lands on the explanation page), menu entries marked {@code guarded()} lead there directly, and
 * services carry {@link CollectiveContractGuarded} so that a forged POST is refused as well.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;f:metadata&gt;&lt;f:viewAction action="#{collectiveContractGuard.enter}"/&gt;&lt;/f:metadata&gt;
 * </pre>
 */
@RequestScoped
@Named("collectiveContractGuard")
public class CollectiveContractCheck implements CollectiveContractGuard {

    @Inject
    MemberScope memberContext;

    public boolean isCollective() {
        return memberContext.isMember() && memberContext.membership().isCollective();
    }

    /** @throws CollectiveContractException when the selected membership is collective */
    public void check() {
        if (isCollective()) {
            throw new CollectiveContractException();
        }
    }

    /** View action: the employer page for a collective membership, stay otherwise. */
    public String enter() {
        return isCollective() ? EMPLOYER_PAGE + "?faces-redirect=true" : null;
    }
}
