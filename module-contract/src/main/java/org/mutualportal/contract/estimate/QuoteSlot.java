package org.mutualportal.contract.estimate;

/**
 * A line of a standard quote and the kind of catalogue item it takes. Lines that may stay empty (a second dental
 * act, one ear only) are optional; glasses need their frame and both lenses.
 */
public enum QuoteSlot {
    FRAME(ItemSlot.FRAME, true),
    RIGHT_LENS(ItemSlot.LENS, true),
    LEFT_LENS(ItemSlot.LENS, true),
    FIRST_ACT(ItemSlot.DENTAL_ACT, true),
    SECOND_ACT(ItemSlot.DENTAL_ACT, false),
    RIGHT_EAR(ItemSlot.HEARING_AID, false),
    LEFT_EAR(ItemSlot.HEARING_AID, false);

    private final ItemSlot takes;
    private final boolean required;

    QuoteSlot(ItemSlot takes, boolean required) {
        this.takes = takes;
        this.required = required;
    }

    public ItemSlot takes() {
        return takes;
    }

    public boolean required() {
        return required;
    }
}
