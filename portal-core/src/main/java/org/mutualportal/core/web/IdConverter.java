package org.mutualportal.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.NotFoundException;

/**
 * Reads the id of a record in a URL ({@code <f:viewParam … converter="portal.id"/>}): a value that is not a
 * positive whole number is a {@link NotFoundException}, answered 404 like an id outside the member's scope —
 * never a conversion message, which would skip the view action and show an empty page.
 */
@FacesConverter(Converters.ID)
public class IdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isEmpty() ? null : Converters.parseId(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
