package org.mutualportal.contract.estimate;

/** Where a catalogue item goes on a quote: the frame or a lens of glasses, a dental act, one ear's hearing aid. */
public enum ItemSlot {
    FRAME, LENS, DENTAL_ACT, HEARING_AID
}
