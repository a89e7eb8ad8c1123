package org.mutualportal.contract.terms;

/** How often the mutual calls contributions (fréquence des avis d'échéance), with the months each call covers. */
public enum NoticeFrequency {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    NoticeFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
