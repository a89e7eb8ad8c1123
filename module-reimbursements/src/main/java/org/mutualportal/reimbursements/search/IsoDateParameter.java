package org.mutualportal.reimbursements.search;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * The {@code from} and {@code to} care dates of a search page's address
 * ({@code <f:viewParam … converter="reimbursements.isoDate"/>}), ISO 8601 as the page writes them — not
 * {@code portal.date}, which reads the {@code JJ/MM/AAAA} members type in the form. A date that cannot be read
 * is {@code null}, never a conversion error (which would skip the page's view action): the search runs
 * without it (see {@link SearchParameters}).
 */
@FacesConverter("reimbursements.isoDate")
public class IsoDateParameter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return SearchParameters.date(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
