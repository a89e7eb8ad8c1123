package org.mutualportal.core.web;

import org.mutualportal.api.text.FrenchFormats;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/** Shows a {@link BigDecimal} amount as {@code 1 234,56 €} ({@code converter="portal.money"}); output only. */
@FacesConverter("portal.money")
public class MoneyConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("portal.money is an output converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return FrenchFormats.money(value);
    }
}
