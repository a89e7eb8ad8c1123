package org.mutualportal.reimbursements.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.payment.PaymentCriteria;

/**
 * How the criteria of a payment search are written in an address and read back, in one place: the search
 * pages read them as typed view parameters ({@link PeriodParameter}, {@code portal.isoDate},
 * {@code portal.id}), and the statement downloads, which are not Faces requests, read the print and export
 * links with the same rules — so that a bookmarked result, its PDF and its CSV hold the same payments.
 *
 * <p>Dates are ISO 8601 ({@code from=2026-05-10}) rather than the {@code JJ/MM/AAAA} of the form fields: the
 * addresses members bookmarked keep working, and a date needs no escaping. A period or a date that cannot be
 * read (an address cut or typed by hand) counts as absent, so that the page shows the default search instead
 * of an error; a beneficiary is an id in the member's scope, refused like any other id.
 */
public final class SearchParameters {

    private SearchParameters() {
    }

    /**
     * The period of an address.
     *
     * @param raw as sent; may be {@code null}
     * @return one of {@link PaymentCriteria#PERIODS}, or {@code null} when absent or not one of them
     */
    public static Integer period(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 2 || !raw.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int months = Integer.parseInt(raw);
        return PaymentCriteria.PERIODS.contains(months) ? months : null;
    }

    /**
     * A beneficiary's id in a download link, read as {@code portal.id} reads it on the pages.
     *
     * @param raw as sent; may be {@code null}
     * @return the id, or {@code null} when absent
     * @throws NotFoundException when it is not a positive whole number
     */
    public static Long beneficiary(String raw) {
        return raw == null || raw.isEmpty() ? null : Converters.parseId(raw);
    }

    /**
     * The address parameters of a search, without the payee: {@code period=3&beneficiary=12&from=2026-05-10}.
     *
     * @param criteria the search
     * @return the query string, its values encoded
     */
    public static String query(PaymentCriteria criteria) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", Integer.toString(criteria.periodMonths()));
        if (criteria.beneficiaryId() != null) {
            params.put("beneficiary", criteria.beneficiaryId().toString());
        }
        if (criteria.careFrom() != null) {
            params.put("from", criteria.careFrom().toString());
        }
        if (criteria.careTo() != null) {
            params.put("to", criteria.careTo().toString());
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
