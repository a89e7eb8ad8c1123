package org.mutualportal.api.exchange;

import org.mutualportal.api.member.MemberDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mutualportal.api.text.Texts;

/**
 * The beneficiaries named by the lines of a batch (a payment's acts, a contribution's shares), read with one
 * query for the whole batch, and the check every such import makes: the beneficiary exists and is covered by
 * the record's own membership. A line names its beneficiary by external id; the name printed on the line is
 * the one sent, or else the beneficiary's name on the day of the import (names change, documents must not).
 *
 * <h2>Usage</h2>
 * <pre>
 * LineBeneficiaries people = LineBeneficiaries.of(directory, lines.stream().map(Line::beneficiary).toList());
 * List&lt;Named&lt;Line&gt;&gt; named = people.name(item.index(), r.lines(), Line::beneficiary, Line::beneficiaryName,
 *         membershipId, r.membership(), outcome);   // null: rejected
 * </pre>
 *
 * @since 1.0
 */
public final class LineBeneficiaries {

    /**
     * A line with its beneficiary's id (when it names one) and the name to print.
     *
     * @param line the line
     * @param beneficiaryId the portal's id of its beneficiary, or {@code null}
     * @param name the name to print
     * @param <L> the line type
     */
    public record Named<L>(L line, Long beneficiaryId, String name) {
    }

    private record Known(long id, long membershipId, String fullName) {
    }

    private final Map<String, Known> known;

    private LineBeneficiaries(Map<String, Known> known) {
        this.known = known;
    }

    /**
     * While reading a line: it must name its beneficiary, by external id or by the name to print.
     *
     * @param line the line being read; the rejection goes there
     * @param beneficiary the beneficiary's external id the line gives, or {@code null}
     * @param printedName the name to print the line gives, or {@code null}
     */
    public static void requireNamed(JsonRecord line, String beneficiary, String printedName) {
        if (beneficiary == null && printedName == null) {
            line.reject("beneficiaryName", Texts.shared("exchange.beneficiary-name"));
        }
    }

    /**
     * The beneficiaries with these external ids, read in as few queries as the batch needs.
     *
     * @param directory the portal's member directory
     * @param externalIds the management system's ids the lines name; {@code null}s are ignored
     * @return the beneficiaries known
     */
    public static LineBeneficiaries of(MemberDirectory directory, Collection<String> externalIds) {
        Map<String, Known> known = new HashMap<>();
        directory.beneficiariesByExternalId(externalIds).forEach((externalId, b) ->
                known.put(externalId, new Known(b.getId(), b.getMembershipId(), b.getFullName())));
        return new LineBeneficiaries(known);
    }

    /**
     * The record's lines with their beneficiaries; {@code null} after rejecting, field by field
     * ({@code lines[i].beneficiary}), every line naming an unknown beneficiary or one of another membership.
     *
     * @param index the record's position in the batch
     * @param lines the record's lines
     * @param beneficiary a line's beneficiary external id, or {@code null}
     * @param printedName a line's name to print, or {@code null}
     * @param membershipId the portal's id of the record's membership
     * @param membership the record's membership as the management system names it (for messages)
     * @param outcome where to reject
     * @param <L> the line type
     * @return the named lines, or {@code null} when a line was rejected
     */
    public <L> List<Named<L>> name(int index, List<L> lines, Function<L, String> beneficiary,
            Function<L, String> printedName, long membershipId, String membership, ImportOutcome outcome) {
        List<Named<L>> named = new ArrayList<>(lines.size());
        boolean valid = true;
        for (int i = 0; i < lines.size(); i++) {
            L line = lines.get(i);
            String externalId = beneficiary.apply(line);
            String name = printedName.apply(line);
            if (externalId == null) {
                named.add(new Named<>(line, null, name));
                continue;
            }
            Known person = known.get(externalId);
            if (person == null || person.membershipId() != membershipId) {
                outcome.reject(index, "lines[" + i + "].beneficiary", person == null
                        ? Texts.shared("exchange.unknown.beneficiary", externalId)
                        : Texts.shared("exchange.beneficiary.other-membership", externalId, membership));
                valid = false;
            } else {
                named.add(new Named<>(line, person.id(), name == null ? person.fullName() : name));
            }
        }
        return valid ? named : null;
    }
}
