package org.mutualportal.core.validation;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Gives Faces (the default bean validator of every input) a validator factory whose messages come from every
 * module's bundles ({@link PortalMessageInterpolator}): a form model's {@code @NotBlank}, {@code @Iban} or
 * {@code @Size} shows its French message next to its field, with no Java naming the field.
 */
@WebListener
public class FacesValidation implements ServletContextListener {

    /** Where Faces looks for the factory before building its own (Jakarta Faces 4, {@code BeanValidator}). */
    static final String FACTORY_ATTRIBUTE = "jakarta.faces.validator.beanValidator.ValidatorFactory";

    private ValidatorFactory factory;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        factory = build(Thread.currentThread().getContextClassLoader());
        event.getServletContext().setAttribute(FACTORY_ATTRIBUTE, factory);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (factory != null) {
            factory.close();
        }
    }

    /** A factory of the default provider with the portal's interpolator. */
    public static ValidatorFactory build(ClassLoader loader) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return configuration.messageInterpolator(
                new PortalMessageInterpolator(configuration.getDefaultMessageInterpolator(), loader))
                .buildValidatorFactory();
    }
}
