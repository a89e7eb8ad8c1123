package org.mutualportal.faq.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.faq.content.AnswerSanitizer;
import org.mutualportal.faq.content.FaqQuestion;
import org.mutualportal.faq.content.FaqTheme;

/**
 * Staff changes to the FAQ: create and edit questions (the answer is sanitized here, whatever the caller),
 * move them up or down within their theme, publish and unpublish them. Every change is audited with its
 * author (the request's {@link Actor}) in the same transaction. Changes that renumber a theme lock the
 * theme's row first, so that two editors working at once cannot give two questions the same place.
 */
@ApplicationScoped
public class FaqEditing {

    /** Which way a question moves in its theme. */
    public enum Direction { UP, DOWN }

    @PersistenceContext(unitName = "faq")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    Actor actor;

    public List<FaqTheme> themes() {
        return em.createQuery("select t from FaqTheme t order by t.position", FaqTheme.class).getResultList();
    }

    public Optional<FaqQuestion> find(long id) {
        return Optional.ofNullable(em.find(FaqQuestion.class, id));
    }

    /** Every theme with all its questions, published or not, for the staff list. */
    public List<StaffTheme> overview() {
        List<FaqTheme> themes = themes();
        Map<Long, List<FaqQuestion>> byTheme = new LinkedHashMap<>();
        themes.forEach(t -> byTheme.put(t.getId(), new ArrayList<>()));
        em.createQuery("select q from FaqQuestion q join fetch q.theme order by q.position", FaqQuestion.class)
                .getResultList()
                .forEach(q -> byTheme.get(q.getTheme().getId()).add(q));
        List<StaffTheme> overview = new ArrayList<>();
        for (FaqTheme theme : themes) {
            List<FaqQuestion> questions = byTheme.get(theme.getId());
            List<StaffTheme.Row> rows = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                FaqQuestion q = questions.get(i);
                rows.add(new StaffTheme.Row(q.getId(), q.getQuestion(), q.isPublished(), q.getHelpfulYes(),
                        q.getHelpfulNo(), q.getUpdatedAt(), i == 0, i == questions.size() - 1));
            }
            overview.add(new StaffTheme(theme.getId(), theme.getTitle(), rows));
        }
        return overview;
    }

    /** A new question at the end of its theme. */
    @Transactional
    public FaqQuestion create(QuestionDraft draft) {
        FaqTheme theme = lockTheme(draft.themeId());
        FaqQuestion question = new FaqQuestion(theme, nextPosition(theme), draft.question().strip(),
                AnswerSanitizer.sanitize(draft.answerHtml()), draft.published(), clock.now(), actor.name());
        em.persist(question);
        em.flush();
        audit.record(FaqAudit.FAQ_QUESTION_CREATED, target(question), question.getQuestion());
        if (draft.published()) {
            audit.record(FaqAudit.FAQ_QUESTION_PUBLISHED, target(question), null);
        }
        return question;
    }

    /**
     * Rewrites a question; a change of theme puts it at the end of its new theme.
     *
     * @param expectedVersion the version the editor opened
     * @throws StaleEditException when someone saved the question in between
     */
    @Transactional
    public void update(long id, long expectedVersion, QuestionDraft draft) {
        FaqQuestion question = em.find(FaqQuestion.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw new NotFoundException();
        }
        if (question.getVersion() != expectedVersion) {
            throw new StaleEditException();
        }
        String answer = AnswerSanitizer.sanitize(draft.answerHtml());
        if (AnswerSanitizer.sameContent(question.getAnswerHtml(), answer)) {
            // Opened in the editor and saved unchanged: the stored answer keeps its own layout.
            answer = question.getAnswerHtml();
        }
        question.rewrite(draft.question().strip(), answer, clock.now(), actor.name());
        if (!question.getTheme().getId().equals(draft.themeId())) {
            FaqTheme theme = lockTheme(draft.themeId());
            question.moveTo(theme, nextPosition(theme), clock.now(), actor.name());
        }
        audit.record(FaqAudit.FAQ_QUESTION_UPDATED, target(question), question.getQuestion());
        if (question.isPublished() != draft.published()) {
            publish(question, draft.published());
        }
    }

    @Transactional
    public void publish(long id, boolean published) {
        FaqQuestion question = em.find(FaqQuestion.class, id);
        if (question == null) {
            throw new NotFoundException();
        }
        if (question.isPublished() != published) {
            publish(question, published);
        }
    }

    private void publish(FaqQuestion question, boolean published) {
        question.publish(published, clock.now(), actor.name());
        audit.record(published ? FaqAudit.FAQ_QUESTION_PUBLISHED : FaqAudit.FAQ_QUESTION_UNPUBLISHED,
                target(question), null);
    }

    /** Swaps the question with its neighbour in its theme; nothing happens at either end. */
    @Transactional
    public void move(long id, Direction direction) {
        FaqQuestion question = em.find(FaqQuestion.class, id);
        if (question == null) {
            throw new NotFoundException();
        }
        lockTheme(question.getTheme().getId());
        em.refresh(question);
        List<FaqQuestion> neighbours = em.createQuery(direction == Direction.UP
                ? "select q from FaqQuestion q where q.theme = :theme and q.position < :position order by q.position desc"
                : "select q from FaqQuestion q where q.theme = :theme and q.position > :position order by q.position",
                FaqQuestion.class)
                .setParameter("theme", question.getTheme())
                .setParameter("position", question.getPosition())
                .setMaxResults(1)
                .getResultList();
        if (neighbours.isEmpty()) {
            return;
        }
        FaqQuestion neighbour = neighbours.get(0);
        int position = question.getPosition();
        question.moveTo(question.getTheme(), neighbour.getPosition(), clock.now(), actor.name());
        neighbour.moveTo(neighbour.getTheme(), position, clock.now(), actor.name());
        audit.record(FaqAudit.FAQ_QUESTION_MOVED, target(question), direction.name());
    }

    private FaqTheme lockTheme(long themeId) {
        FaqTheme theme = em.find(FaqTheme.class, themeId, LockModeType.PESSIMISTIC_WRITE);
        if (theme == null) {
            throw new NotFoundException("No FAQ theme " + themeId);
        }
        return theme;
    }

    private int nextPosition(FaqTheme theme) {
        Integer last = em.createQuery("select max(q.position) from FaqQuestion q where q.theme = :theme", Integer.class)
                .setParameter("theme", theme)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private static String target(FaqQuestion question) {
        return "faq-question:" + question.getId();
    }
}
