package org.mutualportal.core.web;

/**
 * Reads an id a member put in a URL. Anything that is not a positive number is simply not found: a
 * tampered URL answers 404, like an id of someone else's data, rather than a validation message.
 *
 * <h2>Usage</h2>
 * <pre>
 * &lt;f:viewParam name="id" value="#{paymentDetailBacking.id}"/&gt;   (a String)
 * payment = payments.find(RequestIds.parse(id));                       (in the view action)
 * </pre>
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** @throws NotFoundException when the text is not a positive long */
    public static long parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException();
        }
        long id = Long.parseLong(raw);
        if (id <= 0) {
            throw new NotFoundException();
        }
        return id;
    }
}
