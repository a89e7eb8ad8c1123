package org.mutualportal.faq.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.faq.FaqModule;
import org.mutualportal.faq.search.FaqResults;
import org.mutualportal.faq.search.FaqSearch;
import org.mutualportal.faq.search.SearchTerms;

/**
 * The FAQ page, public or in the member space: the search (from the URL's {@code q}, or typed, answered by
 * Ajax as the reader types), the answers grouped by theme, the feedback buttons, and the "contactez-nous"
 * line, which leads to the contact module's form while that module is on and to the phone line otherwise.
 */
@Named
@ViewScoped
public class FaqBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The contact module, asked about by id: the FAQ never uses its classes. */
    static final String CONTACT_MODULE = "contact";
    static final String CONTACT_FORM = "/contact/write.xhtml";

    @Inject
    FaqSearch faqSearch;

    @Inject
    FaqFeedback feedback;

    @Inject
    Modules modules;

    @Inject
    PortalSettings settings;

    private String query;
    private FaqResults results;

    /** View action: the FAQ, or the search given in the URL. */
    public void load() {
        search();
    }

    /** The search box (Ajax, and its button). */
    public void search() {
        results = faqSearch.search(query);
    }

    public void clear() {
        query = null;
        results = faqSearch.search(null);
    }

    public void vote(long questionId, boolean helpful) {
        feedback.vote(questionId, helpful);
    }

    public boolean voted(long questionId) {
        return feedback.hasVoted(questionId);
    }

    public FaqResults getResults() {
        return results;
    }

    /** What the live region announces after a search; empty when not searching. */
    public String getCountText() {
        if (results == null || !results.isSearching()) {
            return "";
        }
        return Texts.of(FaqModule.BUNDLE, "search.count", results.count(), results.query());
    }

    public boolean isContactFormOffered() {
        return modules.isEnabled(CONTACT_MODULE);
    }

    public String getContactFormPath() {
        return CONTACT_FORM;
    }

    public String getPhone() {
        return FrenchFormats.phone(settings.getMutualPhone());
    }

    /** The phone number as a {@code tel:} link (digits and a leading +). */
    public String getPhoneHref() {
        return "tel:" + settings.getMutualPhone().replaceAll("[^0-9+]", "");
    }

    public int getQueryMax() {
        return SearchTerms.MAX_QUERY;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.length() <= SearchTerms.MAX_QUERY ? query
                : query.substring(0, SearchTerms.MAX_QUERY);
    }
}
