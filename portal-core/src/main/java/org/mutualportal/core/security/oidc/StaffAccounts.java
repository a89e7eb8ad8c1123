package org.mutualportal.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mutualportal.api.security.AccountStatus;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.security.oidc.staff.StaffAudit;
import org.mutualportal.core.security.oidc.staff.StaffClaims;

/**
 * The staff account a sign-in through the company's provider opens, brought in line with the provider's claims:
 * found by its link to the person at the provider, else by its login (an existing staff account, then linked, when the
 * provider vouches for the login and the account has no other person linked there), else created — neither linked nor
 * created when the claim gives no staff role; a linked account's roles replaced by the claim's at every sign-in, so
 * that a person removed from the group loses the role at their next sign-in (and their open sessions end). A member's
 * account is never opened this way: the company's directory vouches for employees, not for members. Everything, audit
 * lines included, commits together; a refusal commits too (the withdrawn roles stay withdrawn).
 */
@ApplicationScoped
public class StaffAccounts {

    @Inject
    WebAccounts accounts;

    @Inject
    PortalExternalIdentities identities;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    /** Why a sign-in through the staff's provider opens no session; each has its French page. */
    public enum Refusal {
        /** The claim gives no staff role, or the account is closed. */
        NO_ROLE("oidc.staff.no-role"),
        /** The login is a member's account. */
        MEMBER_ACCOUNT("oidc.staff.member"),
        /** The claims hold no e-mail address to name the account. */
        NO_LOGIN("oidc.staff.no-login"),
        /**
         * An account already has the login, and the provider does not vouch for it ({@code email_verified} not true,
         * without {@code trust-login-claim}).
         */
        UNVERIFIED("oidc.staff.unverified"),
        /**
         * The account with the login is linked to another person at this provider: an administrator removes the old
         * link first (the person re-created in the directory), never the sign-in of whoever presents the address.
         */
        LINKED_TO_ANOTHER("oidc.staff.linked");

        private final String messages;

        Refusal(String messages) {
            this.messages = messages;
        }

        /** The bundle keys' prefix of its page ({@code .title}, {@code .text}). */
        public String messages() {
            return messages;
        }
    }

    /** The account to sign in to, with its roles, or why there is none. */
    public record Outcome(long accountId, Set<String> roles, Refusal refusal) {

        static Outcome refused(Refusal refusal) {
            return new Outcome(0, Set.of(), refusal);
        }
    }

    @Transactional
    public Outcome resolve(VerifiedSignIn signIn) {
        StaffClaims mapping = StaffClaims.of(signIn.provider());
        Set<String> roles = mapping.roles(signIn.claims());
        String provider = signIn.provider().key();
        Optional<WebAccount> linked = identities.accountLinkedTo(provider, signIn.subject()).flatMap(accounts::find);
        WebAccount account;
        if (linked.isPresent()) {
            account = linked.get();
        } else {
            Optional<String> login = mapping.login(signIn.claims());
            if (login.isEmpty()) {
                return refuse(null, Refusal.NO_LOGIN, provider, roles);
            }
            Optional<WebAccount> byLogin = accounts.byLogin(login.get());
            if (byLogin.isPresent() && byLogin.get().getMemberId() != null) {
                return refuse(byLogin.get(), Refusal.MEMBER_ACCOUNT, provider, roles);
            }
            if (byLogin.isPresent() && !mapping.loginVerified(signIn.claims(), login.get())) {
                return refuse(byLogin.get(), Refusal.UNVERIFIED, provider, roles);
            }
            if (byLogin.isPresent() && linkedAt(byLogin.get().getId(), provider)) {
                return refuse(byLogin.get(), Refusal.LINKED_TO_ANOTHER, provider, roles);
            }
            if (roles.isEmpty()) {
                // The directory gives this person no access: nothing to create, and an existing account is left
                // unlinked and untouched (linked, it would lose its password way in for a refusal).
                return refuse(byLogin.orElse(null), Refusal.NO_ROLE, provider, roles);
            }
            if (byLogin.isPresent()) {
                account = byLogin.get();
                audit.recordAs(actor(account), StaffAudit.STAFF_SSO_ACCOUNT_LINKED, actor(account), "provider=" + provider);
            } else {
                account = accounts.createForStaff(login.get(), roles);
                audit.recordAs(actor(account), StaffAudit.STAFF_SSO_ACCOUNT_CREATED, actor(account),
                        "provider=" + provider + " roles=" + String.join(",", roles));
            }
            link(account.getId(), provider, signIn.subject());
        }
        if (account.getMemberId() != null) {
            return refuse(account, Refusal.MEMBER_ACCOUNT, provider, roles);
        }
        Set<String> before = new TreeSet<>(account.getRoles());
        if (!before.equals(roles)) {
            accounts.changeRoles(account.getId(), roles);
            audit.recordAs(actor(account), roles.isEmpty() ? StaffAudit.STAFF_SSO_ROLES_WITHDRAWN : StaffAudit.STAFF_SSO_ROLES_CHANGED,
                    actor(account), "provider=" + provider + " roles=" + String.join(",", before) + "->" + String.join(",", roles));
        }
        if (roles.isEmpty() || account.getStatus() != AccountStatus.ACTIVE) {
            return refuse(account, Refusal.NO_ROLE, provider, roles);
        }
        return new Outcome(account.getId(), roles, null);
    }

    /** Whether the account is linked to someone at the provider (found by login: someone else than this subject). */
    private boolean linkedAt(long accountId, String provider) {
        return em.createQuery("select count(e) from ExternalIdentityEntity e where e.accountId = :account and e.provider = :provider",
                Long.class)
                .setParameter("account", accountId)
                .setParameter("provider", provider)
                .getSingleResult() > 0;
    }

    /** Links the account, which has no link at the provider, to the person there. */
    private void link(long accountId, String provider, String subject) {
        em.persist(new ExternalIdentityEntity(accountId, provider, subject, clock.now()));
        em.flush();
    }

    /**
     * Refuses, naming the account concerned; it is the actor only when it is the person's own (not a member's, nor
     * one found by a login the provider does not vouch for or linked to someone else).
     */
    private Outcome refuse(WebAccount account, Refusal refusal, String provider, Set<String> roles) {
        String target = account == null ? null : actor(account);
        audit.recordAs(refusal == Refusal.MEMBER_ACCOUNT || refusal == Refusal.UNVERIFIED || refusal == Refusal.LINKED_TO_ANOTHER
                ? null : target,
                StaffAudit.STAFF_SSO_REFUSED, target,
                "provider=" + provider + " reason=" + refusal + " roles=" + String.join(",", roles));
        return Outcome.refused(refusal);
    }

    private static String actor(WebAccount account) {
        return "account:" + account.getId();
    }
}
