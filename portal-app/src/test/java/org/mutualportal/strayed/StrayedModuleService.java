package org.mutualportal.strayed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mutualportal.core.member.MemberScope;

/**
 * A module class that breaks the house rules on purpose (it reaches into the core and opens the core's
 * persistence unit): {@code ModuleApiRuleTest} checks that the architecture rules refuse it. Test code only.
 */
public class StrayedModuleService {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    MemberScope scope;

    public long member() {
        return scope.memberId();
    }
}
