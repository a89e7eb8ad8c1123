package org.mutualportal.contract.estimate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mutualportal.contract.offer.GuaranteeCategory;

/**
 * The kinds of care a member gets a quote for before buying, each with the lines of its standard quote (the
 * "devis normalisé" of optique and dentaire, the audioprothésiste's quote per ear).
 */
public enum CareKind {
    OPTIQUE("optique", List.of(QuoteSlot.FRAME, QuoteSlot.RIGHT_LENS, QuoteSlot.LEFT_LENS)),
    DENTAIRE("dentaire", List.of(QuoteSlot.FIRST_ACT, QuoteSlot.SECOND_ACT)),
    AIDES_AUDITIVES("audition", List.of(QuoteSlot.RIGHT_EAR, QuoteSlot.LEFT_EAR));

    private final String parameter;
    private final List<QuoteSlot> slots;

    CareKind(String parameter, List<QuoteSlot> slots) {
        this.parameter = parameter;
        this.slots = slots;
    }

    /** The lines of its quote, in the order the quote prints them. */
    public List<QuoteSlot> slots() {
        return slots;
    }

    /** The heading of the table of guarantees its items belong to. */
    public GuaranteeCategory category() {
        return GuaranteeCategory.valueOf(name());
    }

    /** The kind of care a value of the page's {@code ?soin=} parameter names. */
    public static Optional<CareKind> ofParameter(String value) {
        return Arrays.stream(values()).filter(k -> k.parameter.equals(value)).findFirst();
    }

    /** The value of the page's {@code ?soin=} parameter. */
    public String getParameter() {
        return parameter;
    }
}
