package org.mutualportal.core.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mutualportal.api.error.BusinessException;

/**
 * Puts the message of a refused request next to the input it concerns, found by the model property the input
 * is bound to — the name a {@link BusinessException} gives ({@code on("iban")}) or the last node of a
 * constraint violation's path — so that no Java code names a page's client id. The input is looked for in the
 * submitted form, then in the rest of the view, then among the view parameters the page gave an id (see
 * {@link #find}); a message whose property no input shows, or that names none, goes at the top of the page.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /** Shows the failure's messages if it is a refusal; {@code false} for any other failure. */
    static boolean show(FacesContext context, Throwable failure) {
        if (context == null || context.getViewRoot() == null) {
            return false;
        }
        Throwable refusal = PortalExceptionHandler.find(failure, t -> t instanceof BusinessException
                || t instanceof ConstraintViolationException v && v.getConstraintViolations() != null);
        if (refusal instanceof BusinessException business) {
            add(context, business.property(), business.text());
        } else if (refusal instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                add(context, leaf(violation.getPropertyPath()), violation.getMessage());
            }
        } else {
            return false;
        }
        context.validationFailed();
        return true;
    }

    private static void add(FacesContext context, String property, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        UIInput input = property == null ? null : find(context, property);
        if (input == null) {
            context.addMessage(null, message);
            return;
        }
        input.setValid(false);
        context.addMessage(input.getClientId(context), message);
    }

    private static String leaf(Path path) {
        String leaf = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                leaf = node.getName();
            }
        }
        return leaf;
    }

    /**
     * The input bound to the property: in the submitted form first, then anywhere in the view, then among the
     * view parameters the page gave an id (see {@link #viewParameter}).
     */
    static UIInput find(FacesContext context, String property) {
        Pattern bound = Pattern.compile("[.\\[']" + Pattern.quote(property) + "'?\\]?\\s*}$");
        UIViewRoot root = context.getViewRoot();
        List<UIComponent> forms = new ArrayList<>();
        collectSubmittedForms(root, forms);
        for (UIComponent form : forms) {
            UIInput found = search(form, bound);
            if (found != null) {
                return found;
            }
        }
        UIInput found = search(root, bound);
        return found != null ? found : viewParameter(root, bound);
    }

    /**
     * A view parameter bound to the property, if the page gave it an id: the input of a search page whose plain
     * HTML form is submitted by GET to the page's own address, whose {@code h:message for} names that id. It
     * lives in the view's metadata facet, all the view holds while a view action runs on a GET. One without an
     * id has no {@code h:message}: its message stays at the top of the page.
     */
    private static UIInput viewParameter(UIViewRoot root, Pattern bound) {
        UIComponent metadata = root.getFacet(UIViewRoot.METADATA_FACET_NAME);
        if (metadata == null) {
            return null;
        }
        for (UIComponent child : metadata.getChildren()) {
            if (child instanceof UIViewParameter parameter
                    && !parameter.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
                ValueExpression value = parameter.getValueExpression("value");
                if (value != null && bound.matcher(value.getExpressionString()).find()) {
                    return parameter;
                }
            }
        }
        return null;
    }

    private static void collectSubmittedForms(UIComponent component, List<UIComponent> forms) {
        if (component instanceof UIForm form && form.isSubmitted()) {
            forms.add(form);
            return;
        }
        for (UIComponent child : component.getChildren()) {
            collectSubmittedForms(child, forms);
        }
    }

    private static UIInput search(UIComponent component, Pattern bound) {
        if (component instanceof UIInput input) {
            ValueExpression value = input.getValueExpression("value");
            if (value != null && bound.matcher(value.getExpressionString()).find()) {
                return input;
            }
        }
        for (UIComponent child : component.getChildren()) {
            UIInput found = search(child, bound);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
