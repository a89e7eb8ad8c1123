package org.mutualportal.spi;

import java.util.Objects;

/**
 * A link a module adds to the shell.
 *
 * <p>The role needed to see the entry is not declared here: it is the role that protects {@link #path()}
 * (see {@link PortalModule}), so an entry is shown exactly to those who may open it.
 *
 * @param placement where the entry appears
 * @param labelKey key of its label in the module's bundle
 * @param path context-relative path of the page, e.g. {@code /reimbursements/search.xhtml}
 * @param order position within its placement, lower first
 * @param collectiveGuarded whether the page changes coordinates or the contract, so that members with a
 *        collective contract are sent to the "ask your employer" page instead
 * @since 1.0
 */
public record MenuEntry(Placement placement, String labelKey, String path, int order, boolean collectiveGuarded) {

    /**
     * Checks the entry.
     *
     * @throws NullPointerException when the placement, label key or path is missing
     * @throws IllegalArgumentException when the path is not context-relative
     * @param placement where it appears
     * @param labelKey key of its label
     * @param path context-relative path
     * @param order position, lower first
     * @param collectiveGuarded whether collective members go to the employer page
     */
    public MenuEntry {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A menu path is context-relative and starts with '/': " + path);
        }
    }

    /**
     * An entry at order 100, not guarded.
     *
     * @param placement where it appears
     * @param labelKey key of its label in the module's bundle
     * @param path context-relative path of the page
     * @return the entry
     */
    public static MenuEntry of(Placement placement, String labelKey, String path) {
        return new MenuEntry(placement, labelKey, path, 100, false);
    }

    /**
     * The same entry at another position.
     *
     * @param newOrder position within its placement, lower first
     * @return a new entry
     */
    public MenuEntry order(int newOrder) {
        return new MenuEntry(placement, labelKey, path, newOrder, collectiveGuarded);
    }

    /**
     * Marks the entry as changing coordinates or the contract: members of a collective contract are sent to the
     * employer page instead (see {@code CollectiveContractGuard}).
     *
     * @return a new entry
     */
    public MenuEntry guarded() {
        return new MenuEntry(placement, labelKey, path, order, true);
    }
}
