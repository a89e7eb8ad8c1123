package org.mutualportal.documents.request;

/** Why a member asks for a new member card; labels are {@code newCard.reason.<NAME>} in the bundle. */
public enum CardRequestReason {
    /** The card is lost. */
    LOSS,
    /** The card was stolen. */
    THEFT,
    /** Something printed on it changed: name, persons covered, contract. */
    CHANGE
}
