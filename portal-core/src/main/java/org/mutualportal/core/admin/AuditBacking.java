package org.mutualportal.core.admin;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.core.web.CoreTexts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit-trail page ({@code /admin/audit.xhtml}): the search travels in the URL (period, action, actor,
 * target), so that a result can be reloaded, bookmarked and exported as CSV with exactly the same criteria.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Inject
    ActorNames names;

    // URL parameters
    private LocalDate from;
    private LocalDate to;
    private String action;
    private String actor;
    private String target;

    // form fields
    private LocalDate fromDate;
    private LocalDate toDate;
    private String actionChoice;
    private String actorText;
    private String targetText;

    private AuditCriteria criteria;
    private AuditPage model;
    private long total;
    private List<String> actions;

    /** View action: reads the URL's criteria and counts the matching events. */
    public void load() {
        criteria = new AuditCriteria(from, to, action, actor, target);
        fromDate = criteria.from();
        toDate = criteria.to();
        actionChoice = criteria.action();
        actorText = criteria.actor();
        targetText = criteria.target();
        AuditSearch.Resolved resolved = search.resolve(criteria);
        total = search.count(resolved);
        model = new AuditPage(search, names, resolved, total);
    }

    /** "Rechercher": checks the period, then shows the results at their own address. */
    public String search() {
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BusinessException(CoreTexts.BUNDLE, "admin.audit.to.before-from").on("toDate");
        }
        AuditCriteria typed = new AuditCriteria(fromDate, toDate, actionChoice, actorText, targetText);
        String query = typed.query();
        return "/admin/audit.xhtml?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }

    /** The current search's URL parameters, for the CSV link. */
    public String getQuery() {
        return criteria == null ? "" : criteria.query();
    }

    public String getResultsTitle() {
        return CoreTexts.core("admin.audit.results", total);
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = search.actions();
        }
        return actions;
    }

    public AuditPage getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getActionChoice() {
        return actionChoice;
    }

    public void setActionChoice(String actionChoice) {
        this.actionChoice = actionChoice;
    }

    public String getActorText() {
        return actorText;
    }

    public void setActorText(String actorText) {
        this.actorText = actorText;
    }

    public String getTargetText() {
        return targetText;
    }

    public void setTargetText(String targetText) {
        this.targetText = targetText;
    }
}
