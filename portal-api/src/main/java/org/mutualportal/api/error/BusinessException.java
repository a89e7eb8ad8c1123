package org.mutualportal.api.error;

import jakarta.ejb.ApplicationException;
import org.mutualportal.api.text.Texts;

/**
 * A business rule refused what was asked: a service throws it, the transaction rolls back, and the shell shows
 * its French message on the page — next to the input bound to the property named by {@link #on(String)}, or at the
 * top of the page.
 * Nothing of the request is written; the member's input stays in the form.
 *
 * <p>Use it for rules only the service can check (a login already taken, a wrong current password, a limit of
 * messages per day); a form's own constraints are Bean Validation annotations on its model. Modules may
 * subclass it to name their rules ({@code class LoginTaken extends BusinessException}). From the
 * data-exchange API the same exception answers 422 with the message.
 *
 * <h2>Usage</h2>
 * <pre>
 * if (accounts.byLogin(login).isPresent()) {
 *     throw new BusinessException(AccountModule.BUNDLE, "login.taken").on("login");
 * }
 * </pre>
 *
 * @since 1.0
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String bundle;
    private final String key;
    private final transient Object[] arguments;
    private String property;

    /**
     * A refusal whose message is a key of a resource bundle, with {@code MessageFormat} arguments.
     *
     * @param bundle base name of the module's resource bundle
     * @param key the message's key in it
     * @param arguments the message's arguments ({@code {0}}…)
     */
    public BusinessException(String bundle, String key, Object... arguments) {
        super(key);
        this.bundle = bundle;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /**
     * Names the form property the message belongs to: the last name of the value expression of the input
     * concerned ({@code "iban"} for {@code value="#{ribBacking.iban}"} or {@code "#{ribBacking.form.iban}"}). The
     * shell puts the message next to the input bound to it — in the submitted form first, then elsewhere in the
     * view, then a view parameter the page gave an id (a search form sent by GET) — and at the top when none is.
     *
     * @param propertyName a bean property name
     * @return this exception
     */
    public BusinessException on(String propertyName) {
        this.property = propertyName;
        return this;
    }

    /**
     * The form property the message belongs to.
     *
     * @return the property, or {@code null} for a message at the top of the page
     */
    public String property() {
        return property;
    }

    /**
     * The message's bundle.
     *
     * @return never {@code null}
     */
    public String bundle() {
        return bundle;
    }

    /**
     * The message's key.
     *
     * @return never {@code null}
     */
    public String key() {
        return key;
    }

    /**
     * The French message: the key of {@link #bundle()}, looked up with the class loader of this exception's
     * class (a module's subclass, or the API's), with its arguments.
     *
     * @return the message; the key itself when the bundle lacks it
     */
    public String text() {
        return Texts.of(bundle, getClass().getClassLoader(), key, arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getMessage() {
        return key + (property == null ? "" : " (" + property + ")");
    }
}
