package org.mutualportal.account.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.mutualportal.account.AccountModule;
import org.mutualportal.account.password.PasswordPolicy.Violation;
import org.mutualportal.core.web.Texts;

/**
 * Checks a new password and its confirmation on a form, with the French messages next to the fields; also
 * what the live checklist of the forms shows ({@code #{newPassword.rules}}).
 */
@Named("newPassword")
@ApplicationScoped
public class NewPassword {

    @Inject
    PasswordPolicy policy;

    /** Whether the pair is acceptable; adds the messages to the fields otherwise. */
    public boolean accept(String password, String confirmation, List<String> personal, String passwordField,
            String confirmationField) {
        List<Violation> violations = policy.check(password, personal);
        boolean ok = true;
        if (!violations.isEmpty()) {
            Texts.error(passwordField, Texts.of(AccountModule.BUNDLE, "password.refused", violations.stream()
                    .map(v -> Texts.of(AccountModule.BUNDLE, "password.rule." + v, policy.minLength()))
                    .collect(Collectors.joining(", "))));
            ok = false;
        }
        if (password != null && !password.equals(confirmation)) {
            Texts.error(confirmationField, Texts.of(AccountModule.BUNDLE, "password.confirm.mismatch"));
            ok = false;
        }
        return ok;
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
