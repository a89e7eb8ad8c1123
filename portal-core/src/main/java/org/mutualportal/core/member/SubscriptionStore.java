package org.mutualportal.core.member;

import org.mutualportal.api.member.Subscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.mutualportal.api.time.PortalClock;

/**
 * Members' e-mail subscriptions by topic. The account module lets a member subscribe ("Mes abonnements");
 * the module that owns the topic asks who subscribed (the reimbursements module, for {@link Subscriptions#PAYMENTS}).
 */
@ApplicationScoped
public class SubscriptionStore implements Subscriptions {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    public boolean isSubscribed(long memberId, String topic) {
        return em.find(MemberSubscription.class, new MemberSubscription.Key(memberId, topic)) != null;
    }

    @Transactional
    public void set(long memberId, String topic, boolean subscribed) {
        MemberSubscription existing = em.find(MemberSubscription.class, new MemberSubscription.Key(memberId, topic));
        if (subscribed && existing == null) {
            em.persist(new MemberSubscription(memberId, topic, clock.now()));
        } else if (!subscribed && existing != null) {
            em.remove(existing);
        }
    }

    /** Which of these members subscribed to the topic. */
    public List<Long> subscribed(Collection<Long> memberIds, String topic) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s.memberId from MemberSubscription s where s.topic = :topic and s.memberId in :members",
                Long.class)
                .setParameter("topic", topic)
                .setParameter("members", memberIds)
                .getResultList();
    }

    /** Removes every subscription of a member (account deleted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAll(long memberId) {
        em.createQuery("delete from MemberSubscription s where s.memberId = :member")
                .setParameter("member", memberId).executeUpdate();
    }
}
