package org.mutualportal.core.admin;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.web.Converters;

/**
 * An audit-trail search as it travels in the URL of the page and of its CSV export, so both always show the
 * same events: period (dates in Europe/Paris, both included), action, actor and target (exact references,
 * as the trail's indexes serve them). Malformed values are dropped rather than refused: a URL is not a form.
 *
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 * @param action an action code (upper case), or {@code null}
 * @param actor as typed: a login or a reference ({@code account:12}, {@code system}…), or {@code null}
 * @param target as typed, or {@code null}
 */
public record AuditCriteria(LocalDate from, LocalDate to, String action, String actor, String target)
        implements Serializable {

    static final int MAX_TEXT = 200;

    public AuditCriteria {
        action = clean(action);
        action = action == null ? null : action.toUpperCase(Locale.ROOT);
        actor = clean(actor);
        target = clean(target);
    }

    /** Reads the URL's parameters ({@code from}, {@code to} as ISO dates). */
    public static AuditCriteria parse(String from, String to, String action, String actor, String target) {
        return new AuditCriteria(Converters.parseIsoDate(from), Converters.parseIsoDate(to), action, actor, target);
    }

    /** The same search as URL parameters. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        if (action != null) {
            params.put("action", action);
        }
        if (actor != null) {
            params.put("actor", actor);
        }
        if (target != null) {
            params.put("target", target);
        }
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** For the audit line of an export: what was exported, without spaces to keep the log greppable. */
    public String describe() {
        String query = query();
        return query.isEmpty() ? "all" : query;
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
