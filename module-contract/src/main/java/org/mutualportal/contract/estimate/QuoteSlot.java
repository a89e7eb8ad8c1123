package org.mutualportal.contract.estimate;

/**
 * A line of a standard quote and the kind of catalogue item it takes. Which lines may stay empty (a second dental
 * act, one ear only) is the form's: glasses need their frame and both lenses.
 */
public enum QuoteSlot {
    FRAME(ItemSlot.FRAME),
    RIGHT_LENS(ItemSlot.LENS),
    LEFT_LENS(ItemSlot.LENS),
    FIRST_ACT(ItemSlot.DENTAL_ACT),
    SECOND_ACT(ItemSlot.DENTAL_ACT),
    RIGHT_EAR(ItemSlot.HEARING_AID),
    LEFT_EAR(ItemSlot.HEARING_AID);

    private final ItemSlot takes;

    QuoteSlot(ItemSlot takes) {
        this.takes = takes;
    }

    /** The kind of catalogue item the line takes. */
    public ItemSlot takes() {
        return takes;
    }
}
