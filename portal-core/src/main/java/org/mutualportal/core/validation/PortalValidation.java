package org.mutualportal.core.validation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.mutualportal.api.validation.FormValidation;

/**
 * The portal's one validator factory, whose messages come from every module's bundles
 * ({@link PortalMessageInterpolator}): Faces checks the inputs with it ({@link FacesValidation}) and modules check
 * their models with it ({@link FormValidation}), so that a message reads the same wherever it is raised.
 */
@ApplicationScoped
public class PortalValidation implements FormValidation {

    private ValidatorFactory factory;

    @PostConstruct
    void start() {
        factory = build(Thread.currentThread().getContextClassLoader());
    }

    @PreDestroy
    void stop() {
        factory.close();
    }

    /** A factory of the default provider with the portal's interpolator. */
    public static ValidatorFactory build(ClassLoader loader) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return configuration.messageInterpolator(
                new PortalMessageInterpolator(configuration.getDefaultMessageInterpolator(), loader))
                .buildValidatorFactory();
    }

    ValidatorFactory factory() {
        return factory;
    }

    @Override
    public <T> T check(T form, Class<?>... groups) {
        Set<ConstraintViolation<T>> violations = factory.getValidator().validate(form, groups);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return form;
    }
}
