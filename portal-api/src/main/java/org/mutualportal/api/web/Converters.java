package org.mutualportal.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Ids of the Faces converters the portal provides to pages, for inputs and for view parameters (URL
 * parameters are bound as typed view parameters, never parsed by hand in a backing bean).
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;f:viewParam name="id" value="#{paymentDetailBacking.id}" converter="portal.id"/&gt;
 * &lt;f:viewParam name="from" value="#{paymentSearchBacking.from}" converter="portal.isoDate"/&gt;
 * </pre>
 *
 * <p>A servlet (a download) reads an id or a date it was sent with {@link #parseId(String)} and
 * {@link #parseIsoDate(String)}, by the same rules.
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

    /** The longest id the portal reads: more digits could overflow a {@code long}. */
    private static final int MAX_ID_DIGITS = 18;

    private Converters() {
    }

    /**
     * Reads a record's id as {@link #ID} does on the pages, for a servlet that does not go through Faces.
     *
     * @param raw the text sent; may be {@code null}
     * @return the id, positive
     * @throws NotFoundException when the text is absent or not a positive whole number in ASCII digits (answered
     *         404)
     */
    public static long parseId(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_ID_DIGITS
                || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NotFoundException();
        }
        long id = Long.parseLong(raw);
        if (id <= 0) {
            throw new NotFoundException();
        }
        return id;
    }

    /**
     * Reads a date as {@link #ISO_DATE} does on the pages, for a servlet that does not go through Faces (a
     * download link carrying a search's criteria).
     *
     * @param raw the text sent, {@code 2026-12-31}; may be {@code null}
     * @return the date, or {@code null} when absent or not a date
     */
    public static LocalDate parseIsoDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
