package org.mutualportal.account.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.CollectiveContractGuarded;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.MemberCoordinates;
import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.api.member.Subscriptions;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;

/**
 * "Mon compte" — changes of the member's coordinates and family situation. Each change updates the
 * portal's copy at once, is recorded as a request for the management system (it shows in Suivi), and is
 * confirmed by e-mail to the member's address — except a new e-mail address, which waits until it is confirmed
 * from that address ({@link EmailChanges}). A member whose contract is collective is refused: coordinates go
 * through the employer.
 */
@ApplicationScoped
public class Profile {

    @Inject
    MemberContext memberContext;

    @Inject
    MemberCoordinates coordinates;

    @Inject
    MemberRequests requests;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    EmailChanges emailChanges;

    @CollectiveContractGuarded
    @Transactional
    public void changeAddress(PostalAddress address) {
        Member member = coordinates.changeAddress(address);
        requests.submit(new RequestDraft("account.address", Texts.of(AccountModule.BUNDLE, "request.address.summary", address.getOneLine()),
                null, Json.createObjectBuilder()
                        .add("line1", nz(address.getLine1())).add("line2", nz(address.getLine2()))
                        .add("postcode", nz(address.getPostcode())).add("city", nz(address.getCity()))
                        .add("country", nz(address.getCountry())).build().toString()));
        confirm(member, member.getEmail(), "account.address");
    }

    /**
     * Saves the phone numbers at once; a new e-mail address only waits for its confirmation (the management
     * system hears of it once confirmed), so the phones are recorded with the current address.
     *
     * @param email the address typed, normalized
     * @param mobile ten digits, or {@code null}
     * @param home ten digits, or {@code null}
     * @param password the current password, checked only when the address changes
     * @return the new address a confirmation link was sent to, or {@code null} when the address is unchanged
     * @throws BusinessException on {@code password} when the address changes and the password is wrong
     */
    @CollectiveContractGuarded
    @Transactional
    public String changeContact(String email, String mobile, String home, String password) {
        Member member = memberContext.member();
        boolean newEmail = !email.equalsIgnoreCase(nz(member.getEmail()));
        if (newEmail) {
            emailChanges.request(email, password);
        }
        if (!newEmail || !Objects.equals(mobile, member.getMobilePhone()) || !Objects.equals(home, member.getHomePhone())) {
            coordinates.changePhones(mobile, home);
            requests.submit(contactRequest(member.getEmail(), mobile, home));
            confirm(member, member.getEmail(), "account.contact");
        }
        return newEmail ? email : null;
    }

    /** The request handing the member's contact coordinates to the management system, whole. */
    static RequestDraft contactRequest(String email, String mobile, String home) {
        return new RequestDraft("account.contact",
                Texts.of(AccountModule.BUNDLE, "request.contact.summary", nz(email), FrenchFormats.phone(mobile), FrenchFormats.phone(home)),
                null, Json.createObjectBuilder().add("email", nz(email)).add("mobilePhone", nz(mobile))
                        .add("homePhone", nz(home)).build().toString());
    }

    @CollectiveContractGuarded
    @Transactional
    public void changeFamilySituation(FamilySituation situation) {
        Member member = coordinates.changeFamilySituation(situation);
        requests.submit(new RequestDraft("account.family",
                Texts.of(AccountModule.BUNDLE, "request.family.summary", Texts.shared("family." + situation)), null,
                Json.createObjectBuilder().add("familySituation", situation.name()).build().toString()));
        confirm(member, member.getEmail(), "account.family");
    }

    /** "Je souhaite m'abonner aux notifications de remboursement" — a portal preference, not a contract change. */
    public void setReimbursementNotifications(boolean subscribed) {
        subscriptions.set(memberContext.memberId(), Subscriptions.PAYMENTS, subscribed);
    }

    public boolean isSubscribedToReimbursements() {
        return subscriptions.isSubscribed(memberContext.memberId(), Subscriptions.PAYMENTS);
    }

    private void confirm(Member member, String to, String requestType) {
        if (to == null || to.isBlank()) {
            return;
        }
        outbox.queue(to, "account/change-recorded", Map.of(
                "firstName", member.getFirstName(),
                "what", Texts.of(AccountModule.BUNDLE, "request.type." + requestType)));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
