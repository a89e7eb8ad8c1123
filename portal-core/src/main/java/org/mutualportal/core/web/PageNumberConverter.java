package org.mutualportal.core.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.NotFoundException;

/**
 * Reads a page number in a URL ({@code <f:viewParam name="page" … converter="portal.page"/>}): 0 or more, at
 * most six digits; anything else is a 404, as for a page that does not exist.
 */
@FacesConverter(Converters.PAGE)
public class PageNumberConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NotFoundException();
        }
        return Integer.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
