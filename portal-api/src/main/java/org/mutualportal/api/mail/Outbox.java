package org.mutualportal.api.mail;

import java.util.Map;

/**
 * The portal's one way to send e-mail: queue it in the caller's transaction, and the core delivers it.
 *
 * <p>A mail queued here commits or rolls back with the change that causes it, so a member is never told of a
 * change that did not happen. When the SMTP relay is down the mail waits and is retried with back-off, across
 * restarts — never lost, sent once. Templates live in the module's JAR as {@code mail/<module>/<name>.txt} (its
 * first line {@code Subject: …}, then the plain text) and {@code .html} (the body inside the mutual's layout),
 * with {@code {{name}}} placeholders filled from {@code values} (HTML-escaped in the HTML part);
 * {@code mutualName} and {@code mutualPhone} are always filled. An application-scoped CDI bean.
 *
 * <h2>Usage</h2>
 * <pre>
 * outbox.queue(member.getEmail(), "account/activation", Map.of("link", settings.link("/public/account/activate.xhtml?token=" + token)));
 * </pre>
 *
 * @since 1.0
 */
public interface Outbox {

    /**
     * Renders a template and queues the mail, in the caller's transaction ({@code TxType.MANDATORY}).
     *
     * @param recipient an e-mail address
     * @param template {@code <module>/<name>}
     * @param values the placeholders' values; never personal health data
     * @throws IllegalArgumentException when the template does not exist (a programming error)
     */
    void queue(String recipient, String template, Map<String, String> values);
}
