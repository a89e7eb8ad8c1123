package org.mutualportal.core.validation;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code {key}} message templates from every {@code ValidationMessages.properties} (and
 * {@code ValidationMessages_fr.properties}) the WAR holds, then lets the provider's interpolator fill the
 * constraint's attributes ({@code {min}}, {@code {max}}) and its own messages.
 *
 * <p>Why: Hibernate Validator reads only the first {@code ValidationMessages} bundle on the class path, and in
 * a WAR of many JARs which one is first is an accident: the API's constraints and a module's own would lose
 * their messages. A key defined by several JARs keeps the first one found; modules prefix theirs with their
 * package.
 */
public class PortalMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)\\}");

    private final MessageInterpolator provider;
    private final Map<String, String> messages;

    public PortalMessageInterpolator(MessageInterpolator provider, ClassLoader loader) {
        this.provider = provider;
        this.messages = load(loader);
    }

    @Override
    public String interpolate(String template, Context context) {
        return provider.interpolate(resolve(template), context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return provider.interpolate(resolve(template), context, locale);
    }

    /** Replaces the keys the WAR's bundles know, twice at most (a message may name another key). */
    String resolve(String template) {
        String text = template;
        for (int pass = 0; pass < 2; pass++) {
            Matcher matcher = KEY.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (matcher.find()) {
                String known = messages.get(matcher.group(1));
                changed |= known != null;
                matcher.appendReplacement(out, Matcher.quoteReplacement(known == null ? matcher.group() : known));
            }
            matcher.appendTail(out);
            text = out.toString();
            if (!changed) {
                break;
            }
        }
        return text;
    }

    private static Map<String, String> load(ClassLoader loader) {
        Map<String, String> all = new HashMap<>();
        // French first: a module's _fr file outranks its default one, as ResourceBundle would have it.
        for (String name : new String[] {"ValidationMessages_fr.properties", "ValidationMessages.properties"}) {
            try {
                for (URL url : Collections.list(loader.getResources(name))) {
                    Properties properties = new Properties();
                    try (InputStream in = url.openStream()) {
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    properties.stringPropertyNames().forEach(key -> all.putIfAbsent(key, properties.getProperty(key)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }
        return Map.copyOf(all);
    }
}
