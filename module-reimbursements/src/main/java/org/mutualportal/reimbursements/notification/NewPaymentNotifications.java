package org.mutualportal.reimbursements.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Subscriptions;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.time.PortalClock;

/**
 * "Je souhaite m'abonner aux notifications de remboursement": when new payments to members arrive, each
 * subscribed member gets one e-mail saying a reimbursement is available — no amount, no act, nothing of
 * their health. Each payment is notified at most once, whatever the number of imports or instances: the
 * {@code reimb_notification} row is claimed with {@code on conflict do nothing} in the import's transaction.
 */
@ApplicationScoped
public class NewPaymentNotifications {

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    WebAccounts accounts;

    @Inject
    MemberDirectory members;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    /** Notifies the subscribed members of these payments; returns how many mails were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int paymentsArrived(Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return 0;
        }
        List<Number> claimed = em.createNativeQuery("""
                insert into reimb_notification (payment_id, queued_at)
                select p.id, ?1 from reimb_payment p where p.id = any (?2) and p.payee = 'MEMBER'
                on conflict (payment_id) do nothing
                returning payment_id""")
                .setParameter(1, clock.now())
                .setParameter(2, paymentIds.toArray(Long[]::new))
                .getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Long> memberIds = em.createQuery("select distinct p.memberId from Payment p where p.id in :ids", Long.class)
                .setParameter("ids", claimed.stream().map(Number::longValue).toList())
                .getResultList();
        Map<Long, Long> perMember = em.createQuery(
                "select p.memberId, count(p) from Payment p where p.id in :ids group by p.memberId", Object[].class)
                .setParameter("ids", claimed.stream().map(Number::longValue).toList())
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        // Three queries whatever the number of members: an import may bring payments for thousands of them.
        List<Long> subscribed = List.copyOf(subscriptions.subscribed(memberIds, Subscriptions.PAYMENTS));
        Map<Long, WebAccount> active = accounts.activeByMembers(subscribed);
        Map<Long, Member> holders = members.find(active.keySet());
        int queued = 0;
        for (Long memberId : subscribed) {
            WebAccount account = active.get(memberId);
            Member member = holders.get(memberId);
            if (account == null || member == null) {
                continue;
            }
            long count = perMember.getOrDefault(memberId, 1L);
            outbox.queue(account.getLogin(), count > 1 ? "reimbursements/new-payments" : "reimbursements/new-payment",
                    Map.of("firstName", member.getFirstName(), "count", Long.toString(count),
                            "link", settings.link("/reimbursements/search.xhtml")));
            queued++;
        }
        return queued;
    }
}
