package org.mutualportal.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.mutualportal.api.web.Converters;

/**
 * A date in a URL as the portal writes it there ({@code 2026-12-31}): a malformed one is dropped rather than
 * refused, as a search's URL is not a form — the page shows the search without that criterion.
 */
@FacesConverter(Converters.ISO_DATE)
public class IsoDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return Converters.parseIsoDate(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
