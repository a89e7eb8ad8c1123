package org.mutualportal.spi;

/**
 * The management system's ids of the demonstration members the core loads when {@code portal.demo-data=true},
 * for a module's {@link DemoData} to attach its own demonstration rows to (README: "Demo logins").
 *
 * @since 1.0
 */
public final class DemoMembers {

    /** Marie Leroy, individual contract, family of four. */
    public static final String MARIE = "DEMO-M-0001";
    /** Marie Leroy's membership. */
    public static final String MARIE_MEMBERSHIP = "DEMO-A-0001";
    /** Karim Benali, who holds two memberships. */
    public static final String KARIM = "DEMO-M-0002";
    /** Karim Benali's collective membership (employer: Transports Phocéens SA). */
    public static final String KARIM_COLLECTIVE = "DEMO-A-0002";
    /** Karim Benali's individual membership. */
    public static final String KARIM_INDIVIDUAL = "DEMO-A-0003";
    /** Sophie Martin, who has no web account yet ("Créer mon espace"). */
    public static final String SOPHIE = "DEMO-M-0003";
    /** Sophie Martin's membership. */
    public static final String SOPHIE_MEMBERSHIP = "DEMO-A-0004";

    private DemoMembers() {
    }
}
