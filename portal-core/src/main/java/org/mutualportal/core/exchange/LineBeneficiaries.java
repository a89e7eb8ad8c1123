package org.mutualportal.core.exchange;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.mutualportal.core.web.Texts;

/**
 * The beneficiaries named by the lines of a batch (a payment's acts, a contribution's shares), read with one
 * query for the whole batch, and the check every such import makes: the beneficiary exists and is covered by
 * the record's own membership. A line names its beneficiary by external id; the name printed on the line is
 * the one sent, or else the beneficiary's name on the day of the import (names change, documents must not).
 *
 * <h2>Usage</h2>
 * <pre>
 * LineBeneficiaries people = LineBeneficiaries.of(em, lines.stream().map(Line::beneficiary).toList());
 * List&lt;Named&lt;Line&gt;&gt; named = people.name(item.index(), r.lines(), Line::beneficiary, Line::beneficiaryName,
 *         membershipId, r.membership(), outcome);   // null: rejected
 * </pre>
 */
public final class LineBeneficiaries {

    /** A line with its beneficiary's id (when it names one) and the name to print. */
    public record Named<L>(L line, Long beneficiaryId, String name) {
    }

    private record Known(long id, long membershipId, String fullName) {
    }

    private final Map<String, Known> known;

    private LineBeneficiaries(Map<String, Known> known) {
        this.known = known;
    }

    /** While reading a line: it must name its beneficiary, by external id or by the name to print. */
    public static void requireNamed(JsonRecord line, String beneficiary, String printedName) {
        if (beneficiary == null && printedName == null) {
            line.reject("beneficiaryName", Texts.core("exchange.beneficiary-name"));
        }
    }

    /** The beneficiaries with these external ids (nulls ignored). */
    public static LineBeneficiaries of(EntityManager em, Collection<String> externalIds) {
        Map<String, Known> known = new HashMap<>();
        for (Object[] row : ExternalIds.rows(em, """
                select external_id, id, membership_id, first_name || ' ' || upper(last_name)
                from beneficiary where external_id = any(?1)""",
                externalIds.stream().filter(Objects::nonNull).distinct().toList())) {
            known.put((String) row[0], new Known(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    (String) row[3]));
        }
        return new LineBeneficiaries(known);
    }

    /**
     * The record's lines with their beneficiaries; {@code null} after rejecting, field by field
     * ({@code lines[i].beneficiary}), every line naming an unknown beneficiary or one of another membership.
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
                        ? Texts.core("exchange.unknown.beneficiary", externalId)
                        : Texts.core("exchange.beneficiary.other-membership", externalId, membership));
                valid = false;
            } else {
                named.add(new Named<>(line, person.id(), name == null ? person.fullName() : name));
            }
        }
        return valid ? named : null;
    }
}
