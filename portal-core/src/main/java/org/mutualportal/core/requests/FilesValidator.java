package org.mutualportal.core.requests;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;
import org.mutualportal.api.requests.UploadedFiles;

/**
 * The {@value UploadedFiles#VALIDATOR_ID} validator of an {@code h:inputFile}: each file refused (type by
 * content, size, count) gets its French message next to the field, and the action does not run. The field's
 * attribute {@code maxFiles} overrides the configured count for one form (a claim takes five proofs).
 *
 * <p>{@code @Dependent} makes it a CDI bean under the JAR's annotated discovery: without it Faces finds no bean
 * for the managed validator, builds one by reflection, and {@link #checks} stays {@code null}.
 */
@Dependent
@FacesValidator(value = UploadedFiles.VALIDATOR_ID, managed = true)
public class FilesValidator implements Validator<Object> {

    @Inject
    UploadChecks checks;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        List<String> problems = checks.problems(parts(value), allowedCount(component));
        if (!problems.isEmpty()) {
            throw new ValidatorException(problems.stream()
                    .map(text -> new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text)).toList());
        }
    }

    private int allowedCount(UIComponent component) {
        Object attribute = component.getAttributes().get("maxFiles");
        if (attribute == null) {
            return checks.maxCount();
        }
        return attribute instanceof Number number ? number.intValue() : Integer.parseInt(attribute.toString().strip());
    }

    @SuppressWarnings("unchecked")
    static Collection<Part> parts(Object value) {
        if (value instanceof Part part) {
            return List.of(part);
        }
        if (value instanceof Collection<?> collection) {
            return (Collection<Part>) collection;
        }
        return List.of();
    }
}
