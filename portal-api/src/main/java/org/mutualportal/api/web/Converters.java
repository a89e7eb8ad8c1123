package org.mutualportal.api.web;

/**
 * Ids of the Faces converters the portal provides to pages, for inputs and for view parameters (URL
 * parameters are bound as typed view parameters, never parsed by hand in a backing bean).
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;f:viewParam name="id" value="#{paymentDetailBacking.id}" converter="portal.id"/&gt;
 * &lt;f:viewParam name="from" value="#{paymentSearchBacking.from}" converter="portal.date"/&gt;
 * </pre>
 *
 * @since 1.0
 */
public final class Converters {

    /**
     * A record's id ({@code Long}). A value that is not a positive whole number is answered with a 404, like an
     * id outside the member's scope; an absent one leaves {@code null}.
     */
    public static final String ID = "portal.id";

    /** A page number ({@code Integer}, 0 or more) in a URL; anything else is answered with a 404. */
    public static final String PAGE = "portal.page";

    /**
     * A date in a page's own address as the page writes it there, ISO 8601 ({@code 2026-12-31}, a
     * {@code LocalDate}): a malformed one is dropped ({@code null}), since a search's URL is not a form.
     */
    public static final String ISO_DATE = "portal.isoDate";

    /** A date {@code dd/MM/yyyy} ({@code LocalDate}), strict; a wrong one gets a French message next to the field. */
    public static final String DATE = "portal.date";

    /** An amount in euros ({@code BigDecimal}) as typed in France ({@code 1 234,56}); two decimals at most. */
    public static final String MONEY = "portal.money";

    private Converters() {
    }
}
