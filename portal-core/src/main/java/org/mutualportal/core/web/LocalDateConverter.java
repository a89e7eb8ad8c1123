package org.mutualportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.web.Converters;

/**
 * Reads and writes dates as {@code JJ/MM/AAAA} ({@code converter="portal.date"}), strictly: an impossible
 * date gets a French message next to the field instead of being silently moved.
 */
@FacesConverter(Converters.DATE)
public class LocalDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), FrenchFormats.DATE);
        } catch (DateTimeParseException e) {
            String message = CoreTexts.core("validation.date.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return FrenchFormats.date(value);
    }
}
