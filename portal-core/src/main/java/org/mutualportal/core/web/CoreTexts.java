package org.mutualportal.core.web;

import org.mutualportal.api.text.Texts;

/**
 * The core's own texts: its bundle first, then the API's shared vocabulary (the words the core and modules
 * show alike: statuses, family situations, file and IBAN problems), so that core code asks one place.
 */
public final class CoreTexts {

    public static final String BUNDLE = "org.mutualportal.core.i18n.messages";

    private CoreTexts() {
    }

    public static String core(String key, Object... arguments) {
        String text = Texts.of(BUNDLE, CoreTexts.class.getClassLoader(), key, arguments);
        return text.equals(key) ? Texts.shared(key, arguments) : text;
    }
}
