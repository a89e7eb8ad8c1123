package org.mutualportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.web.Converters;

/**
 * Amounts in euros ({@code converter="portal.money"}): shown as {@code 1 234,56 €}, read as a member types them
 * ({@code 1 234,56}, {@code 1234.56}, with or without the euro sign). Exact: a third decimal gets a French message
 * next to the field rather than being rounded away; the sign is kept, for the field's own constraint
 * ({@code @Positive}) to refuse it with its message.
 */
@FacesConverter(Converters.MONEY)
public class MoneyConverter implements Converter<BigDecimal> {

    /** Spaces of any kind (thousands separators as typed or as shown) and the euro sign are ignored. */
    private static final Pattern IGNORED = Pattern.compile("[\\s\u00A0\u202F€]");
    private static final Pattern AMOUNT = Pattern.compile("(-?\\d{1,12})(?:[.,](\\d+))?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher amount = AMOUNT.matcher(IGNORED.matcher(value).replaceAll(""));
        if (!amount.matches()) {
            throw refused("validation.money.invalid");
        }
        String cents = amount.group(2);
        if (cents != null && cents.length() > 2) {
            throw refused("validation.money.decimals");
        }
        return new BigDecimal(cents == null ? amount.group(1) : amount.group(1) + "." + cents);
    }

    private static ConverterException refused(String key) {
        String message = CoreTexts.core(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return FrenchFormats.money(value);
    }
}
