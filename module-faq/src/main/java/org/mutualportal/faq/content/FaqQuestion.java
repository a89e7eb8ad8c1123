package org.mutualportal.faq.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One question and its answer. The answer is HTML that went through {@link AnswerSanitizer} before it was
 * stored, and may quote contract values as placeholders ({@link Placeholders}). The two feedback counters
 * are only ever changed by an SQL increment, never by writing the entity back, so that a staff edit cannot
 * overwrite the votes cast while it was open.
 */
@Entity
@Table(name = "faq_question")
public class FaqQuestion {

    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faq_question_seq")
    @SequenceGenerator(name = "faq_question_seq", sequenceName = "faq_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private FaqTheme theme;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "answer_html", nullable = false)
    private String answerHtml;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "helpful_yes", nullable = false, insertable = false, updatable = false)
    private int helpfulYes;

    @Column(name = "helpful_no", nullable = false, insertable = false, updatable = false)
    private int helpfulNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected FaqQuestion() {
    }

    public FaqQuestion(FaqTheme theme, int position, String question, String answerHtml, boolean published,
            OffsetDateTime at, String actor) {
        this.theme = theme;
        this.position = position;
        this.question = question;
        this.answerHtml = answerHtml;
        this.published = published;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    /** A staff edit; {@code answerHtml} is already sanitized. */
    public void rewrite(String newQuestion, String newAnswerHtml, OffsetDateTime at, String actor) {
        question = newQuestion;
        answerHtml = newAnswerHtml;
        touched(at, actor);
    }

    public void moveTo(FaqTheme newTheme, int newPosition, OffsetDateTime at, String actor) {
        theme = newTheme;
        position = newPosition;
        touched(at, actor);
    }

    public void publish(boolean value, OffsetDateTime at, String actor) {
        published = value;
        touched(at, actor);
    }

    private void touched(OffsetDateTime at, String actor) {
        updatedAt = at;
        updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public FaqTheme getTheme() {
        return theme;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswerHtml() {
        return answerHtml;
    }

    public boolean isPublished() {
        return published;
    }

    public int getHelpfulYes() {
        return helpfulYes;
    }

    public int getHelpfulNo() {
        return helpfulNo;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
