package org.mutualportal.core.validation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Gives Faces (the default bean validator of every input) the portal's validator factory, whose messages come from
 * every module's bundles ({@link PortalValidation}): a form model's {@code @NotBlank}, {@code @Iban} or
 * {@code @Size} shows its French message next to its field, with no Java naming the field.
 */
@WebListener
public class FacesValidation implements ServletContextListener {

    /** Where Faces looks for the factory before building its own (Jakarta Faces 4, {@code BeanValidator}). */
    static final String FACTORY_ATTRIBUTE = "jakarta.faces.validator.beanValidator.ValidatorFactory";

    @Inject
    PortalValidation validation;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(FACTORY_ATTRIBUTE, validation.factory());
    }
}
