package org.mutualportal.api.member;

/**
 * The rule of the mutual's guide: "pour nos adhérents ayant souscrit à un contrat collectif, merci de bien
 * vouloir solliciter votre employeur pour toutes modifications de coordonnées et de contrat".
 *
 * <p>Three places apply it, and a module that changes coordinates or the contract uses all three: its menu
 * entry is marked {@code guarded()} (the member lands on the employer page), its page calls {@link #enter()} as
 * its view action, and its service carries {@link CollectiveContractGuarded} so that a forged POST is refused
 * too. A request-scoped CDI bean, named {@code collectiveContractGuard} for pages.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;f:metadata&gt;&lt;f:viewAction action="#{collectiveContractGuard.enter}"/&gt;&lt;/f:metadata&gt;
 * </pre>
 *
 * @since 1.0
 */
public interface CollectiveContractGuard {

    /** The page that tells the member to ask their employer, context-relative. */
    String EMPLOYER_PAGE = "/employer-managed.xhtml";

    /**
     * Whether a member is signed in and the selected membership is collective.
     *
     * @return {@code true} when the guard applies
     */
    boolean isCollective();

    /**
     * Refuses when the guard applies.
     *
     * @throws CollectiveContractException when the selected membership is collective
     */
    void check();

    /**
     * View action: the employer page for a collective membership, stay otherwise.
     *
     * @return a redirect outcome, or {@code null} to stay
     */
    String enter();
}
