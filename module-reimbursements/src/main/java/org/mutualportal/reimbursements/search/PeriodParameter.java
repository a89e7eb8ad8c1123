package org.mutualportal.reimbursements.search;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The {@code period} of a search page's address ({@code <f:viewParam … converter="reimbursements.period"/>}):
 * one of the guide's periods, or {@code null} — never a conversion error, which would skip the page's view
 * action; the page then searches over its default period (see {@link SearchParameters}).
 */
@FacesConverter("reimbursements.period")
public class PeriodParameter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        return SearchParameters.period(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
