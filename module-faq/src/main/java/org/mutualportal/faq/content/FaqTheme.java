package org.mutualportal.faq.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A heading under which questions are grouped ("Parcours de soins", "Vos remboursements"…). Themes are part
 * of the FAQ's content and come with the migrations; staff file questions under them.
 */
@Entity
@Table(name = "faq_theme")
public class FaqTheme {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false)
    private int position;

    protected FaqTheme() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }
}
