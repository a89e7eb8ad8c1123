package org.mutualportal.contract.estimate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;

/**
 * An amount in euros as a member copies it from a quote: {@code 1 234,56}, {@code 1234.56}, {@code 129,9 €}; two
 * decimals at most. Anything else gets a French message next to the field. (The portal's {@code portal.money}
 * only prints amounts.)
 */
@FacesConverter("contract.amount")
public class AmountConverter implements Converter<BigDecimal> {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String plain = value.replaceAll("[\\s\u00A0\u202F€]", "");
        if (!AMOUNT.matcher(plain).matches()) {
            String text = Texts.of(ContractModule.BUNDLE, AmountConverter.class.getClassLoader(), "estimate.amount.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return new BigDecimal(plain.replace(',', '.')).setScale(2);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : FrenchFormats.decimal(value);
    }
}
