package org.mutualportal.core.mail;

/** A mail ready to queue: subject, plain text and (optionally) HTML. */
public record RenderedMail(String subject, String text, String html) {
}
