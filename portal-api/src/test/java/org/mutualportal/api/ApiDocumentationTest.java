package org.mutualportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module API is a contract with outside developers: every public type says since which version it is
 * there (the compiler's doclint already refuses a public member without Javadoc). Prints the API's size, the
 * figure the guide quotes.
 */
class ApiDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TYPE = Pattern.compile("^public (final |abstract )?(class|interface|enum|record|@interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void everyPublicTypeSaysSinceWhichVersion() throws Exception {
        int checked = 0;
        for (Path source : sources()) {
            String text = Files.readString(source);
            var type = TYPE.matcher(text);
            if (!type.find()) {
                continue;
            }
            String javadoc = text.substring(0, type.start());
            assertThat(javadoc).as(source + " documents its type with @since").containsPattern("@since 1\\.\\d+\\b");
            checked++;
        }
        // The compiled classes, not the pattern, say how many public types there are: a declaration the pattern
        // misses (a sealed interface, a modifier in another order) would otherwise pass unchecked.
        assertThat(checked).as("public types checked").isEqualTo(publicTypes()).isGreaterThan(50);
    }

    private long publicTypes() throws Exception {
        long count = 0;
        for (Path source : sources()) {
            String relative = SOURCES.relativize(source).toString().replace(source.getFileSystem().getSeparator(), ".");
            Class<?> type = Class.forName(relative.substring(0, relative.length() - ".java".length()), false,
                    getClass().getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
                count++;
            }
        }
        return count;
    }

    @Test
    void countsTheApi() throws IOException {
        long types = 0;
        long methods = 0;
        Pattern method = Pattern.compile("^    (public |default |static |protected )*[\\w<>,.?\\[\\] ]+ \\w+\\([^)]*\\)[^;{]*[;{]",
                Pattern.MULTILINE);
        for (Path source : sources()) {
            String text = Files.readString(source);
            if (TYPE.matcher(text).find()) {
                types++;
                var found = method.matcher(text);
                while (found.find()) {
                    if (!found.group().contains(" private ") && !found.group().startsWith("    private")
                            && !found.group().contains("new ")) {
                        methods++;
                    }
                }
            }
        }
        System.out.println("Module API: " + types + " public types, about " + methods + " methods");
        assertThat(types).isPositive();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).sorted().toList();
        }
    }
}
