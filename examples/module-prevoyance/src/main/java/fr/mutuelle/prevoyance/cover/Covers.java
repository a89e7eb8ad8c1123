package fr.mutuelle.prevoyance.cover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.time.PortalClock;

/** The covers of the membership selected in the header: every query goes through the member's scope. */
@ApplicationScoped
public class Covers {

    @PersistenceContext(unitName = "prevoyance")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalClock clock;

    /** The covers in force today, death capital first. */
    public List<Cover> current() {
        return em.createQuery("""
                select c from Cover c where c.membershipId = :membership and c.startDate <= :today
                and (c.endDate is null or c.endDate >= :today) order by c.kind, c.label""", Cover.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("today", clock.today())
                .getResultList();
    }
}
