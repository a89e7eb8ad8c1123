package org.mutualportal.core.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The effective {@code portal.*} configuration as MicroProfile Config resolves it, for the administrators'
 * read-only view: each key's value, the config source that provides it (the first by ordinal that holds it)
 * and the default declared in code.
 *
 * <p>Defaults live in {@code @ConfigProperty(defaultValue = …)} annotations of the core's and the modules'
 * beans, which no config source lists: they are found by reading the injection points of every bean the
 * container knows (once, they do not change while the application runs), so a module's keys appear without
 * the core naming the module. Keys read programmatically and set nowhere cannot be found that way.
 *
 * <p>Values of keys whose name suggests a secret are never returned, only whether they are set.
 */
@ApplicationScoped
public class ConfigurationReport {

    private static final Logger LOG = Logger.getLogger(ConfigurationReport.class.getName());

    static final String PREFIX = "portal.";
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "key", "token", "credential", "clients");

    @Inject
    BeanManager beanManager;

    private volatile Map<String, Set<String>> declared;

    /** One key as the page shows it: {@code value} and {@code defaults} are already masked for secrets. */
    public record Entry(String name, String value, boolean set, String source, Integer ordinal, String defaults,
            boolean hasDefault, boolean secret) {
    }

    /** Every {@code portal.*} key that a config source sets or that code declares, by name. */
    public List<Entry> entries() {
        Config config = ConfigProvider.getConfig();
        List<ConfigSource> sources = StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .sorted(Comparator.comparingInt(ConfigSource::getOrdinal).reversed())
                .toList();
        Map<String, Set<String>> defaults = declaredDefaults();
        Set<String> names = new TreeSet<>(defaults.keySet());
        for (ConfigSource source : sources) {
            try {
                source.getPropertyNames().stream().filter(n -> n.startsWith(PREFIX)).forEach(names::add);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Config source " + source.getName() + " cannot list its keys", e);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (String name : names) {
            entries.add(entry(config, sources, name, defaults.getOrDefault(name, Set.of())));
        }
        return entries;
    }

    private static Entry entry(Config config, List<ConfigSource> sources, String name, Set<String> defaults) {
        boolean secret = isSecret(name);
        ConfigSource provider = null;
        String raw = null;
        for (ConfigSource source : sources) {
            try {
                raw = source.getValue(name);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Config source " + source.getName() + " cannot read " + name, e);
            }
            if (raw != null) {
                provider = source;
                break;
            }
        }
        String declaredDefault = defaults.isEmpty() ? null : String.join(" | ", defaults);
        String value;
        if (provider == null) {
            value = declaredDefault;
        } else {
            value = effective(config, name, raw);
        }
        boolean set = value != null;
        return new Entry(name, secret ? null : value, set,
                provider == null ? null : provider.getName(), provider == null ? null : provider.getOrdinal(),
                secret ? null : declaredDefault, declaredDefault != null, secret);
    }

    /** The value after MicroProfile Config's own resolution (property expressions); the raw one if that fails. */
    private static String effective(Config config, String name, String raw) {
        try {
            return config.getOptionalValue(name, String.class).orElse(raw);
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** Whether a key's value must not be shown: its name speaks of a password, secret, key, token… */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** Keys of every {@code @ConfigProperty} injection point under {@code portal.}, with their declared defaults. */
    Map<String, Set<String>> declaredDefaults() {
        Map<String, Set<String>> found = declared;
        if (found == null) {
            found = new TreeMap<>();
            for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
                for (InjectionPoint point : bean.getInjectionPoints()) {
                    for (Annotation qualifier : point.getQualifiers()) {
                        if (qualifier instanceof ConfigProperty property && property.name().startsWith(PREFIX)) {
                            Set<String> values = found.computeIfAbsent(property.name(), k -> new TreeSet<>());
                            if (!ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue())) {
                                values.add(property.defaultValue());
                            }
                        }
                    }
                }
            }
            declared = found;
        }
        return found;
    }
}
