package org.mutualportal.account.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.PasswordPolicy.Violation;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.text.Texts;

/**
 * Checks a new password and its confirmation, refusing them with the French messages next to the fields; also
 * what the live checklist of the forms shows ({@code #{newPassword.rules}}).
 */
@Named("newPassword")
@ApplicationScoped
public class NewPassword {

    @Inject
    PasswordPolicy policy;

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
