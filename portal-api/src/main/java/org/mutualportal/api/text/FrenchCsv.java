package org.mutualportal.api.text;

import java.util.List;

/**
 * CSV that opens correctly in a French Excel: UTF-8 with a byte-order mark, semicolons, decimal commas,
 * CRLF line ends — and no cell a spreadsheet would run as a formula (CSV injection).
 *
 * <h2>Usage</h2>
 * <pre>
 * FrenchCsv csv = new FrenchCsv().row("Date", "Montant").row(FrenchFormats.date(d), FrenchFormats.decimal(amount));
 * byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
 * </pre>
 *
 * <p>Not thread-safe: one instance per file.
 *
 * @since 1.0
 */
public final class FrenchCsv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** An empty file (its byte-order mark only). */
    public FrenchCsv() {
    }

    /**
     * Adds a row.
     *
     * @param cells the row's texts; {@code null} is an empty cell
     * @return this file
     */
    public FrenchCsv row(String... cells) {
        return row(List.of(cells));
    }

    /**
     * Adds a row.
     *
     * @param cells the row's texts; {@code null} is an empty cell
     * @return this file
     */
    public FrenchCsv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /**
     * An empty line (between sections).
     *
     * @return this file
     */
    public FrenchCsv blank() {
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A negative amount ("-12,50") is a number, not a formula. */
    private static boolean isNumber(String v) {
        return v.matches("-?[0-9\\u202F\\u00A0 ]+(,[0-9]+)?");
    }
}
