package org.mutualportal.contract.estimate;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.mutualportal.api.web.NotFoundException;

/**
 * The {@code soin} of the estimate page's address ({@code <f:viewParam … converter="contract.careKind"/>}): a kind
 * of care by its French name ({@code optique}); any other value is answered 404, like an unknown address — never a
 * conversion message, which would skip the page's view action.
 */
@FacesConverter("contract.careKind")
public class CareKindParameter implements Converter<CareKind> {

    @Override
    public CareKind getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isEmpty() ? null : CareKind.ofParameter(value).orElseThrow(NotFoundException::new);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CareKind value) {
        return value == null ? "" : value.getParameter();
    }
}
