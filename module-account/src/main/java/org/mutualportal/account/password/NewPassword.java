package org.mutualportal.account.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.PasswordPolicy.Violation;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.security.WebAccount;
import org.mutualportal.api.security.WebAccounts;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.Texts;

/**
 * Checks a new password and its confirmation, refusing them with the French messages next to the fields, and
 * sets it — the one place that does, for "Modifier mon mot de passe" and the reset link alike; also what the
 * live checklist of the forms shows ({@code #{newPassword.rules}}).
 */
@Named("newPassword")
@ApplicationScoped
public class NewPassword {

    @Inject
    PasswordPolicy policy;

    @Inject
    WebAccounts accounts;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    /**
     * Refuses a new password that breaks the rules (every rule broken, in one message next to the
     * {@code password} field) or differs from its {@code confirmation}.
     *
     * @param personal the member's names and e-mail, which the password must not be built on
     * @throws BusinessException on {@code password} or {@code confirmation}
     */
    public void check(String password, String confirmation, List<String> personal) {
        List<Violation> violations = policy.check(password, personal);
        if (!violations.isEmpty()) {
            throw new BusinessException(AccountModule.BUNDLE, "password.refused", violations.stream()
                    .map(v -> Texts.of(AccountModule.BUNDLE, "password.rule." + v, policy.minLength()))
                    .collect(Collectors.joining(", "))).on("password");
        }
        if (password == null || !password.equals(confirmation)) {
            throw new BusinessException(AccountModule.BUNDLE, "password.confirm.mismatch").on("confirmation");
        }
    }

    /**
     * Sets an account's new password once {@link #check checked} against its holder's names and its login, and
     * tells the holder by e-mail, in the caller's transaction; the core ends the account's other sessions.
     *
     * @param account the account
     * @param holder the member behind it, or {@code null} for staff
     * @return the account as changed
     * @throws BusinessException on {@code password} or {@code confirmation}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebAccount set(WebAccount account, Member holder, String password, String confirmation) {
        check(password, confirmation, holder == null ? List.of(account.getLogin())
                : List.of(holder.getLastName(), holder.getFirstName(), account.getLogin()));
        WebAccount changed = accounts.changePassword(account.getId(), accounts.hash(password.toCharArray()));
        outbox.queue(changed.getLogin(), "account/password-changed", Map.of(
                "firstName", holder == null ? "" : holder.getFirstName(),
                "resetLink", settings.link("/public/account/forgotten-password.xhtml")));
        return changed;
    }

    /** The rules to show, each with the id the script ticks ({@code TOO_SHORT}…) and its French text. */
    public List<Rule> getRules() {
        List<Rule> rules = new java.util.ArrayList<>();
        rules.add(new Rule("TOO_SHORT", Texts.of(AccountModule.BUNDLE, "password.rule.TOO_SHORT", policy.minLength())));
        if (policy.requiresLowercase()) {
            rules.add(new Rule("NO_LOWERCASE", Texts.of(AccountModule.BUNDLE, "password.rule.NO_LOWERCASE")));
        }
        if (policy.requiresUppercase()) {
            rules.add(new Rule("NO_UPPERCASE", Texts.of(AccountModule.BUNDLE, "password.rule.NO_UPPERCASE")));
        }
        if (policy.requiresDigit()) {
            rules.add(new Rule("NO_DIGIT", Texts.of(AccountModule.BUNDLE, "password.rule.NO_DIGIT")));
        }
        if (policy.requiresSpecial()) {
            rules.add(new Rule("NO_SPECIAL", Texts.of(AccountModule.BUNDLE, "password.rule.NO_SPECIAL")));
        }
        rules.add(new Rule("COMMON", Texts.of(AccountModule.BUNDLE, "password.rule.COMMON")));
        rules.add(new Rule("PERSONAL", Texts.of(AccountModule.BUNDLE, "password.rule.PERSONAL")));
        return rules;
    }

    public int getMinLength() {
        return policy.minLength();
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /** One line of the checklist. */
    public static final class Rule {
        private final String id;
        private final String text;

        Rule(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public String getId() {
            return id;
        }

        public String getText() {
            return text;
        }
    }
}
