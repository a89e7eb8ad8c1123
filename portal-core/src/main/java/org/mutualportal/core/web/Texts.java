package org.mutualportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * French texts for Java code, from resource bundles: Java holds keys, never French literals.
 *
 * <h2>Usage</h2>
 * <pre>
 * Texts.error("form:iban", Texts.of(MY_BUNDLE, "iban.invalid"));
 * </pre>
 */
public final class Texts {

    public static final String CORE_BUNDLE = "org.mutualportal.core.i18n.messages";

    private Texts() {
    }

    /** A text of a bundle, with {@link MessageFormat} arguments; the key itself when missing. */
    public static String of(String bundle, String key, Object... arguments) {
        return of(bundle, Thread.currentThread().getContextClassLoader(), key, arguments);
    }

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

    public static String core(String key, Object... arguments) {
        return of(CORE_BUNDLE, Texts.class.getClassLoader(), key, arguments);
    }

    /** Adds an error message next to a field ({@code clientId}), or at the top of the page when {@code null}. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** An information shown on the next page, after a redirect (post-redirect-get). */
    public static void flash(String text) {
        info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
