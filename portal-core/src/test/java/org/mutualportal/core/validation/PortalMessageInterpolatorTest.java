package org.mutualportal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WAR's {@code ValidationMessages} bundles, merged: each JAR's keys count, not only the first JAR's. */
class PortalMessageInterpolatorTest {

    @TempDir
    Path jars;

    /** What the provider was given, the provider's own work (the constraint's attributes) being out of scope. */
    private final List<String> given = new ArrayList<>();

    private final MessageInterpolator provider = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
            given.add(template);
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            given.add(template + " [" + locale + "]");
            return template;
        }
    };

    @Test
    void everyJarsMessagesAreFoundNotOnlyTheFirstJars() {
        PortalMessageInterpolator interpolator = new PortalMessageInterpolator(provider, war(
                jar("api", "ValidationMessages.properties", "org.mutualportal.api.validation.Iban.message=IBAN invalide."),
                jar("module", "ValidationMessages.properties",
                        "fr.mutuelle.prevoyance.Clause.message=Clause trop longue : {max} caractères au plus.")));

        assertThat(interpolator.interpolate("{org.mutualportal.api.validation.Iban.message}", null))
                .isEqualTo("IBAN invalide.");
        assertThat(interpolator.interpolate("{fr.mutuelle.prevoyance.Clause.message}", null))
                .as("the second JAR's key, its attribute left to the provider")
                .isEqualTo("Clause trop longue : {max} caractères au plus.");
    }

    @Test
    void aKeyTwoJarsDefineKeepsTheFirstFoundAndAFrenchFileOutranksTheDefaultOne() {
        PortalMessageInterpolator interpolator = new PortalMessageInterpolator(provider, war(
                jar("first", "ValidationMessages.properties", "shared.key=du premier\nlocal.key=par défaut"),
                jar("second", "ValidationMessages.properties", "shared.key=du second"),
                jar("french", "ValidationMessages_fr.properties", "local.key=en français")));

        assertThat(interpolator.resolve("{shared.key}")).isEqualTo("du premier");
        assertThat(interpolator.resolve("{local.key}")).isEqualTo("en français");
    }

    @Test
    void anUnknownKeyIsLeftAsItIsForTheProvider() {
        PortalMessageInterpolator interpolator = new PortalMessageInterpolator(provider, war(
                jar("api", "ValidationMessages.properties", "known=connu")));

        String text = interpolator.interpolate("{jakarta.validation.constraints.NotBlank.message} ({known})", null,
                Locale.FRANCE);

        assertThat(text).isEqualTo("{jakarta.validation.constraints.NotBlank.message} (connu)");
        assertThat(given).containsExactly("{jakarta.validation.constraints.NotBlank.message} (connu) [fr_FR]");
    }

    @Test
    void aMessageMayNameAnotherKey() {
        PortalMessageInterpolator interpolator = new PortalMessageInterpolator(provider, war(
                jar("api", "ValidationMessages.properties", "outer=Saisie refusée : {inner}\ninner=trop longue.")));

        assertThat(interpolator.resolve("{outer}")).isEqualTo("Saisie refusée : trop longue.");
    }

    /** A class loader over the JARs, in their order, that sees nothing else. */
    private static ClassLoader war(URL... jars) {
        return new URLClassLoader(jars, null);
    }

    private URL jar(String name, String file, String properties) {
        try {
            Path root = Files.createDirectories(jars.resolve(name));
            Files.writeString(root.resolve(file), properties, StandardCharsets.UTF_8);
            return root.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
