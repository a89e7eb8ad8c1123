package org.mutualportal.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of the browser tests: axe-core run on the page the browser shows, with the WCAG 2.1 A
 * and AA rules the RGAA is built on, keeping what a member would be stopped by — violations of impact serious or
 * critical, and text of the very colour of its background, which axe only leaves to review. The portal's
 * accessibility statement quotes what this check measures (docs/accessibility.md).
 *
 * <h2>Usage</h2>
 * <pre>
 * browser.go(page);
 * assertThat(browser.accessibilityViolations()).isEmpty();
 * </pre>
 * A violation that comes from a library's markup the portal cannot change is waived for its rule and its
 * elements only, with the reason: {@code new Waiver("aria-…", "#map", "why")}.
 */
public final class Accessibility {

    /** WCAG 2.0 and 2.1, levels A and AA: the level a French public-facing service must meet (RGAA 4). */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** One rule broken on a page: which elements, and what axe says to do about it. */
    public record Violation(String page, String rule, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return page + " — " + rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets)
                    + "\n      " + helpUrl;
        }
    }

    /**
     * A rule that is not checked on some elements because the markup is a library's and cannot be fixed from the
     * portal: {@code targetContains} is a part of axe's selector for those elements. Say why in {@code reason}.
     */
    public record Waiver(String rule, String targetContains, String reason) {

        boolean covers(String ruleId, String target) {
            return rule.equals(ruleId) && target.contains(targetContains);
        }
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations of the page {@code driver} shows, less the waived ones.
     *
     * @throws IllegalStateException when axe could not run: a check that did not run must not read as a pass
     */
    public static List<Violation> seriousViolations(WebDriver driver, Waiver... waivers) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(driver);
        if (results.isErrored() || results.getViolations() == null) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        String page = driver.getCurrentUrl();
        List<Violation> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            collect(page, rule, rule.getImpact(), "", node -> BLOCKING.contains(impact(node, rule)), waivers).ifPresent(found::add);
        }
        // Text of the very colour of its background: axe leaves a 1:1 contrast "to review" (it may be hidden on
        // purpose), but on this portal it was a button nobody could read ("Envoyer ma facture", white on white).
        for (Rule rule : results.getIncomplete() == null ? List.<Rule>of() : results.getIncomplete()) {
            if ("color-contrast".equals(rule.getId())) {
                collect(page, rule, "serious", " (1:1: the text is invisible)", Accessibility::equalRatio, waivers)
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Violation> collect(String page, Rule rule, String impact, String note,
            Predicate<CheckedNode> counts, Waiver... waivers) {
        List<String> targets = new ArrayList<>();
        for (CheckedNode node : rule.getNodes()) {
            String target = String.valueOf(node.getTarget());
            boolean waived = Stream.of(waivers).anyMatch(w -> w.covers(rule.getId(), target));
            if (!waived && counts.test(node)) {
                targets.add(target + "  " + oneLine(node.getFailureSummary()));
            }
        }
        return targets.isEmpty() ? Optional.empty()
                : Optional.of(new Violation(page, rule.getId(), impact, rule.getHelp() + note, rule.getHelpUrl(), targets));
    }

    private static boolean equalRatio(CheckedNode node) {
        return node.getAny().stream()
                .anyMatch(check -> check.getData() instanceof Map<?, ?> data && "equalRatio".equals(data.get("messageKey")));
    }

    /** The violations one under the other, for a failure message a developer can act on. */
    public static String report(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    private static String impact(CheckedNode node, Rule rule) {
        return node.getImpact() != null ? node.getImpact() : String.valueOf(rule.getImpact());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
