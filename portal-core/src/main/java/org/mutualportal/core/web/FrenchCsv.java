package org.mutualportal.core.web;

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
 */
public final class FrenchCsv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public FrenchCsv row(String... cells) {
        return row(List.of(cells));
    }

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

    /** An empty line (between sections). */
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
