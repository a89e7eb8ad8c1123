package org.mutualportal.faq.page;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questions this browser session already said were helpful or not: one vote per question and session,
 * so that a reader clicking twice, or going back, does not count twice. A few ids, small enough to travel
 * with a replicated session.
 */
@SessionScoped
public class FaqVotes implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<Long> voted = ConcurrentHashMap.newKeySet();

    /** Takes the vote slot of a question; {@code false} when this session already voted on it. */
    boolean take(long questionId) {
        return voted.add(questionId);
    }

    void release(long questionId) {
        voted.remove(questionId);
    }

    public boolean hasVoted(long questionId) {
        return voted.contains(questionId);
    }
}
