package org.mutualportal.core.spi;

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
 * @since 0.1
 */
public record MenuEntry(Placement placement, String labelKey, String path, int order, boolean collectiveGuarded) {

    public MenuEntry {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A menu path is context-relative and starts with '/': " + path);
        }
    }

    /** An entry at order 100, not guarded. */
    public static MenuEntry of(Placement placement, String labelKey, String path) {
        return new MenuEntry(placement, labelKey, path, 100, false);
    }

    public MenuEntry order(int newOrder) {
        return new MenuEntry(placement, labelKey, path, newOrder, collectiveGuarded);
    }

    /** Marks the entry as changing coordinates or the contract (see {@code CollectiveContractGuard}). */
    public MenuEntry guarded() {
        return new MenuEntry(placement, labelKey, path, order, true);
    }
}
