package org.mutualportal.perf.bare;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The bare page's data: ten rows built in memory. Why a bean at all: the portal's pages read beans through EL
 * too, so the comparison keeps the CDI and EL cost and removes only the portal's own work (security gate, member
 * context, database, modules).
 */
@Named
@RequestScoped
public class BareRows {

    /** One row of the table. */
    public record Row(String date, String label, String amount) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("02/11/2026", "Consultation", "9,00 €"), new Row("05/11/2026", "Pharmacie", "12,40 €"),
            new Row("07/11/2026", "Kinésithérapie", "6,45 €"), new Row("10/11/2026", "Analyses", "9,72 €"),
            new Row("12/11/2026", "Consultation", "39,00 €"), new Row("15/11/2026", "Pharmacie", "3,15 €"),
            new Row("18/11/2026", "Dentaire", "8,68 €"), new Row("20/11/2026", "Optique", "150,00 €"),
            new Row("23/11/2026", "Consultation", "9,00 €"), new Row("26/11/2026", "Pharmacie", "21,70 €"));

    private String name;

    public List<Row> getRows() {
        return ROWS;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
