package org.mutualportal.faq.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * "Cette réponse vous a-t-elle aidé ?": counts the answers per published question, once per session. The
 * counters are incremented in SQL, so concurrent votes add up and a staff edit never writes over them.
 */
@ApplicationScoped
public class FaqFeedback {

    @PersistenceContext(unitName = "faq")
    EntityManager em;

    @Inject
    FaqVotes votes;

    /** Counts a vote; {@code false} when this session already voted, or the question is not published. */
    @Transactional
    public boolean vote(long questionId, boolean helpful) {
        if (!votes.take(questionId)) {
            return false;
        }
        int counted = em.createQuery(helpful
                ? "update FaqQuestion q set q.helpfulYes = q.helpfulYes + 1 where q.id = :id and q.published = true"
                : "update FaqQuestion q set q.helpfulNo = q.helpfulNo + 1 where q.id = :id and q.published = true")
                .setParameter("id", questionId)
                .executeUpdate();
        if (counted == 0) {
            votes.release(questionId);
            return false;
        }
        return true;
    }

    public boolean hasVoted(long questionId) {
        return votes.hasVoted(questionId);
    }
}
