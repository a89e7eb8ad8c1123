package fr.mutuelle.prevoyance.clause;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What the member asks: the standard clause of the contract, or their own wording. Checked by Bean Validation
 * (messages next to the fields, from the module's ValidationMessages); whether a custom clause is written is a
 * rule of the service.
 */
public class ClauseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int WORDING_LENGTH = 2000;

    /** The two ways to designate. */
    public enum Choice {
        STANDARD, CUSTOM
    }

    @NotNull
    private Choice choice;

    @Size(max = WORDING_LENGTH, message = "{fr.mutuelle.prevoyance.clause.wording.size}")
    private String wording;

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }
}
