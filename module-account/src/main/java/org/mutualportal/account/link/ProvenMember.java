package org.mutualportal.account.link;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.mutualportal.api.security.VerifiedIdentity;

/**
 * Between the two steps of the linking page for a member without an account: which member the card check proved
 * the pending identity to be. Kept in the session, never in the form, so that the second step cannot be sent for
 * another member; bound to the identity it was proven for, so that another identity pending later in the same
 * browser does not inherit it.
 */
@SessionScoped
public class ProvenMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private String provider;
    private String subject;
    private Long memberId;

    void remember(VerifiedIdentity person, long memberId) {
        this.provider = person.provider();
        this.subject = person.subject();
        this.memberId = memberId;
    }

    /** The member proven for this identity, or {@code null}. */
    Long memberFor(VerifiedIdentity person) {
        return person.provider().equals(provider) && person.subject().equals(subject) ? memberId : null;
    }

    void forget() {
        provider = null;
        subject = null;
        memberId = null;
    }
}
