package org.mutualportal.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.core.shell.MutualSettings;

/**
 * Renders the French e-mail templates a module ships in its JAR.
 *
 * <p>A template {@code mail/<module>/<name>} is two files: {@code <name>.txt}, whose first line is
 * {@code Subject: …} followed by a blank line and the text, and {@code <name>.html}, the HTML body placed in
 * the mutual's layout. {@code {{key}}} is replaced by a value — HTML-escaped in the HTML version. Every
 * template also knows {@code {{mutualName}}}, {@code {{mutualPhone}}} and {@code {{portalUrl}}}.
 *
 * <p>Templates must not carry health data (acts, amounts of care, beneficiaries' conditions): an e-mail
 * says that something is available and links to the portal.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.-]+)}}");

    @Inject
    MutualSettings settings;

    public RenderedMail render(String template, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("mutualName", settings.getMutualName());
        all.putIfAbsent("mutualPhone", settings.getMutualPhone());
        all.putIfAbsent("mutualAddress", settings.getMutualAddress());
        all.putIfAbsent("portalUrl", settings.link("/"));

        String text = read("mail/" + template + ".txt");
        if (!text.startsWith("Subject: ")) {
            throw new IllegalStateException("mail/" + template + ".txt must start with 'Subject: '");
        }
        int end = text.indexOf('\n');
        String subject = fill(text.substring("Subject: ".length(), end).strip(), all, false);
        String body = fill(text.substring(end + 1).stripLeading(), all, false);
        String htmlBody = readOptional("mail/" + template + ".html");
        String html = null;
        if (htmlBody != null) {
            Map<String, String> layout = new HashMap<>(all);
            layout.put("subject", subject);
            layout.remove("content");
            html = fill(read("mail/core/layout.html"), layout, true).replace("{{content}}", fill(htmlBody, all, true));
        }
        return new RenderedMail(subject, body, html);
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String replacement = value == null ? matcher.group(0) : (html ? escape(value) : value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String read(String path) {
        String content = readOptional(path);
        if (content == null) {
            throw new IllegalArgumentException("No mail template " + path);
        }
        return content;
    }

    private static String readOptional(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
