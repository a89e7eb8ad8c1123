package org.mutualportal.api.member;

import java.util.Collection;
import java.util.List;

/**
 * Members' e-mail subscriptions by topic: one module lets the member subscribe ("Mes abonnements"), the module
 * that owns the topic asks who subscribed before it writes.
 *
 * <p>Topics are stable strings shared by the two sides. An application-scoped CDI bean.
 *
 * @since 1.0
 */
public interface Subscriptions {

    /** "Je souhaite m'abonner aux notifications de remboursement": an e-mail for each new payment. */
    String PAYMENTS = "reimbursements";

    /**
     * Whether a member subscribed to a topic.
     *
     * @param memberId the member
     * @param topic a topic
     * @return {@code true} when subscribed
     */
    boolean isSubscribed(long memberId, String topic);

    /**
     * Subscribes or unsubscribes a member, in its own transaction when the caller has none.
     *
     * @param memberId the member
     * @param topic a topic
     * @param subscribed the new choice
     */
    void set(long memberId, String topic, boolean subscribed);

    /**
     * Which of these members subscribed to the topic, in one query.
     *
     * @param memberIds the members; may be empty
     * @param topic a topic
     * @return the subscribed members' ids; never {@code null}
     */
    List<Long> subscribed(Collection<Long> memberIds, String topic);

    /**
     * Removes every subscription of a member (account deleted), in the caller's transaction.
     *
     * @param memberId the member
     */
    void removeAll(long memberId);
}
