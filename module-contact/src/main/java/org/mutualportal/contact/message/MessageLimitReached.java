package org.mutualportal.contact.message;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.contact.ContactModule;

/**
 * The member already sent the day's share of messages ({@code portal.contact.max-per-day} in 24 hours): the
 * message at the top of the form points to the phone line for what is urgent.
 */
public class MessageLimitReached extends BusinessException {

    private static final long serialVersionUID = 1L;

    MessageLimitReached(int maxPerDay, String phone) {
        super(ContactModule.BUNDLE, "write.limit", maxPerDay, phone);
    }
}
