package org.mutualportal.api.text;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * French texts for Java code, from resource bundles: Java holds keys, never French literals.
 *
 * <p>Each module has its bundle ({@link org.mutualportal.spi.PortalModule#bundle()}); the API's shared
 * vocabulary (request statuses, family situations, relationships, refused files, IBAN and NIR problems,
 * data-exchange rejections) is in {@link #SHARED_BUNDLE}, read with {@link #shared}. Page messages: a
 * business rule throws {@link org.mutualportal.api.error.BusinessException} (next to a field or at the top);
 * {@link #info} and {@link #flash} confirm what was done. Thread-safe; the page methods need a Faces request.
 *
 * <h2>Usage</h2>
 * <pre>
 * Texts.flash(Texts.of(MyModule.BUNDLE, "rib.saved"));
 * return "/reimbursements/rib.xhtml?faces-redirect=true";
 * </pre>
 *
 * @since 1.0
 */
public final class Texts {

    /** The API's shared vocabulary. */
    public static final String SHARED_BUNDLE = "org.mutualportal.api.i18n.shared";

    private Texts() {
    }

    /**
     * A text of a bundle found by the current thread's class loader (in the portal: the WAR's, which sees every
     * module).
     *
     * @param bundle a bundle's base name
     * @param key the text's key
     * @param arguments {@link MessageFormat} arguments ({@code {0}}…); apostrophes in the bundle are plain
     *        apostrophes, never quotes
     * @return the text; the key itself when missing
     */
    public static String of(String bundle, String key, Object... arguments) {
        return of(bundle, Thread.currentThread().getContextClassLoader(), key, arguments);
    }

    /**
     * A text of a bundle found by a given class loader.
     *
     * @param bundle a bundle's base name
     * @param loader the class loader that sees the bundle
     * @param key the text's key
     * @param arguments {@link MessageFormat} arguments
     * @return the text; the key itself when missing
     */
    public static String of(String bundle, ClassLoader loader, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, Locale.FRANCE, loader).getString(key);
            // French is full of apostrophes, which MessageFormat would take as quotes: bundles never quote.
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern.replace("'", "''"), Locale.FRANCE).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A text of the API's shared vocabulary ({@code request.status.SENT}, {@code family.MARRIED}…).
     *
     * @param key the text's key
     * @param arguments {@link MessageFormat} arguments
     * @return the text; the key itself when missing
     */
    public static String shared(String key, Object... arguments) {
        return of(SHARED_BUNDLE, Texts.class.getClassLoader(), key, arguments);
    }

    /**
     * Adds a message at the top of the page and marks the request as failed validation (nothing is done).
     * For a rule a service checks, throw {@link org.mutualportal.api.error.BusinessException} instead.
     *
     * @param text the French message
     */
    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Adds an information at the top of the page.
     *
     * @param text the French message
     */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * An information shown on the next page, after a redirect (post-redirect-get).
     *
     * @param text the French message
     */
    public static void flash(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
