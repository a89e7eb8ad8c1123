package fr.mutuelle.prevoyance.clause;

import fr.mutuelle.prevoyance.PrevoyanceModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.api.text.Texts;

/** The clause form of "Ma prévoyance": two lines of action, the rules are the service's. */
@Named
@RequestScoped
public class ClauseBacking {

    @Inject
    Clauses clauses;

    private final ClauseForm form = new ClauseForm();

    public String send() {
        long number = clauses.designate(form).getId();
        Texts.flash(Texts.of(PrevoyanceModule.BUNDLE, "clause.sent", Long.toString(number)));
        return "/prevoyance/index.xhtml?faces-redirect=true";
    }

    public ClauseForm getForm() {
        return form;
    }

    public ClauseForm.Choice[] getChoices() {
        return ClauseForm.Choice.values();
    }
}
