package org.mutualportal.contract.exchange;

import static org.mutualportal.api.exchange.ExternalIds.READ_ONLY;
import static org.mutualportal.contract.exchange.ContractImports.equal;
import static org.mutualportal.contract.exchange.ContractImports.membershipIds;
import static org.mutualportal.contract.exchange.ContractImports.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.contract.contribution.Contribution;
import org.mutualportal.contract.contribution.ContributionLine;
import org.mutualportal.contract.contribution.ContributionStatus;
import org.mutualportal.contract.terms.PaymentMode;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.exchange.LineBeneficiaries;
import org.mutualportal.api.exchange.LineBeneficiaries.Named;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.text.Texts;

/**
 * Contributions with their breakdown ({@code POST /api/v1/contract/contributions}), upserted by external id: a
 * contribution is replaced as a whole, lines included, and left untouched when nothing differs. Memberships,
 * beneficiaries, existing contributions and their lines are each read with one query for the batch; new rows
 * are written with the unit's JDBC batches (sequence ids), contributions before their lines.
 */
@ApplicationScoped
public class ContributionImport implements RecordImport<ContributionRecord> {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Override
    public String resource() {
        return "contract/contributions";
    }

    @Override
    public String key(ContributionRecord record) {
        return record.externalId();
    }

    @Override
    public ContributionRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String membership = r.requiredText("membership", 64);
        var due = r.requiredDate("dueDate");
        var start = r.requiredDate("periodStart");
        var end = r.requiredDate("periodEnd");
        r.notBefore("periodEnd", end, start);
        BigDecimal amount = r.requiredAmount("amount", 10);
        ContributionStatus status = r.requiredChoice("status", ContributionStatus.class);
        var paidOn = r.date("paidOn");
        if (status == ContributionStatus.PAID && paidOn == null && !r.has("paidOn")) {
            r.reject("paidOn", text("contribution.paid-on"));
        }
        PaymentMode mode = r.choice("paymentMode", PaymentMode.class);
        List<ContributionRecord.Line> lines = new ArrayList<>();
        for (JsonRecord l : r.list("lines", false)) {
            String beneficiary = l.text("beneficiary", 64);
            String name = l.text("beneficiaryName", 160);
            LineBeneficiaries.requireNamed(l, beneficiary, name);
            lines.add(new ContributionRecord.Line(beneficiary, name, l.requiredText("label", 160),
                    l.requiredAmount("amount", 10)));
        }
        if (r.isValid() && !lines.isEmpty()) {
            BigDecimal total = lines.stream().map(ContributionRecord.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(amount) != 0) {
                r.reject("amount", text("contribution.lines.total", amount.toPlainString(), total.toPlainString()));
            }
        }
        return r.isValid()
                ? new ContributionRecord(externalId, membership, due, start, end, amount, status, paidOn, mode, lines)
                : null;
    }

    @Override
    public void write(List<Item<ContributionRecord>> items, ImportOutcome outcome) {
        Map<String, Long> memberships = membershipIds(directory,
                new HashSet<>(items.stream().map(i -> i.value().membership()).toList()));
        LineBeneficiaries people = LineBeneficiaries.of(directory, items.stream()
                .flatMap(i -> i.value().lines().stream().map(ContributionRecord.Line::beneficiary)).toList());
        Map<String, Contribution> existing = existing(items);
        Map<Long, List<ContributionLine>> existingLines = existingLines(existing.values());

        List<Long> changed = new ArrayList<>();
        List<Written> toWrite = new ArrayList<>();
        for (Item<ContributionRecord> item : items) {
            ContributionRecord r = item.value();
            Long membershipId = memberships.get(r.membership());
            if (membershipId == null) {
                outcome.reject(item.index(), "membership", Texts.shared("exchange.unknown.membership", r.membership()));
                continue;
            }
            List<Named<ContributionRecord.Line>> lines = people.name(item.index(), r.lines(),
                    ContributionRecord.Line::beneficiary, ContributionRecord.Line::beneficiaryName, membershipId,
                    r.membership(), outcome);
            if (lines == null) {
                continue;
            }
            Contribution current = existing.get(r.externalId());
            if (current == null) {
                Contribution contribution = new Contribution(r.externalId(), membershipId, r.dueDate(), r.periodStart(),
                        r.periodEnd(), r.amount(), r.status(), r.paidOn(), r.paymentMode());
                em.persist(contribution);
                toWrite.add(new Written(contribution, lines));
                outcome.created(item.index());
            } else if (same(current, membershipId, r)
                    && sameLines(existingLines.getOrDefault(current.getId(), List.of()), lines)) {
                outcome.unchanged(item.index());
            } else {
                update(current.getId(), membershipId, r);
                changed.add(current.getId());
                toWrite.add(new Written(current, lines));
                outcome.updated(item.index());
            }
        }
        em.flush(); // new contributions before the lines that refer to them
        if (!changed.isEmpty()) {
            em.createNativeQuery("delete from contract_contribution_line where contribution_id = any(?1)")
                    .setParameter(1, changed.toArray(Long[]::new)).executeUpdate();
        }
        for (Written written : toWrite) {
            int number = 0;
            for (Named<ContributionRecord.Line> line : written.lines()) {
                em.persist(new ContributionLine(written.contribution().getId(), ++number, line.beneficiaryId(), line.name(),
                        line.line().label(), line.line().amount()));
            }
        }
        em.flush();
    }

    private record Written(Contribution contribution, List<Named<ContributionRecord.Line>> lines) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, Contribution> existing(List<Item<ContributionRecord>> items) {
        Map<String, Contribution> found = new HashMap<>();
        if (!items.isEmpty()) {
            ((List<Contribution>) em.createNativeQuery(
                    "select * from contract_contribution where external_id = any(?1)", Contribution.class)
                    .setParameter(1, items.stream().map(i -> i.value().externalId()).toArray(String[]::new))
                    .setHint(READ_ONLY, true)
                    .getResultList()).forEach(c -> found.put(c.getExternalId(), c));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<ContributionLine>> existingLines(java.util.Collection<Contribution> contributions) {
        Map<Long, List<ContributionLine>> lines = new HashMap<>();
        if (!contributions.isEmpty()) {
            ((List<ContributionLine>) em.createNativeQuery("""
                    select * from contract_contribution_line where contribution_id = any(?1)
                    order by contribution_id, line_number""", ContributionLine.class)
                    .setParameter(1, contributions.stream().map(Contribution::getId).toArray(Long[]::new))
                    .setHint(READ_ONLY, true)
                    .getResultList()).forEach(l -> lines.computeIfAbsent(l.getContributionId(), k -> new ArrayList<>()).add(l));
        }
        return lines;
    }

    /** One statement per changed contribution (casts: a null parameter of a native query is bound as text). */
    private void update(long id, long membershipId, ContributionRecord r) {
        em.createNativeQuery("""
                update contract_contribution set membership_id = ?1, due_date = ?2, period_start = ?3, period_end = ?4,
                    amount = ?5, status = ?6, paid_on = cast(?7 as date), payment_mode = ?8
                where id = ?9""")
                .setParameter(1, membershipId)
                .setParameter(2, r.dueDate())
                .setParameter(3, r.periodStart())
                .setParameter(4, r.periodEnd())
                .setParameter(5, r.amount())
                .setParameter(6, r.status().name())
                .setParameter(7, r.paidOn())
                .setParameter(8, r.paymentMode() == null ? null : r.paymentMode().name())
                .setParameter(9, id)
                .executeUpdate();
    }

    private static boolean same(Contribution c, long membershipId, ContributionRecord r) {
        return c.getMembershipId() == membershipId && c.getDueDate().equals(r.dueDate())
                && c.getPeriodStart().equals(r.periodStart()) && c.getPeriodEnd().equals(r.periodEnd())
                && equal(c.getAmount(), r.amount()) && c.getStatus() == r.status()
                && Objects.equals(c.getPaidOn(), r.paidOn()) && c.getPaymentMode() == r.paymentMode();
    }

    private static boolean sameLines(List<ContributionLine> stored, List<Named<ContributionRecord.Line>> incoming) {
        if (stored.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            ContributionLine s = stored.get(i);
            Named<ContributionRecord.Line> in = incoming.get(i);
            if (s.getLineNumber() != i + 1 || !Objects.equals(s.getBeneficiaryId(), in.beneficiaryId())
                    || !s.getBeneficiaryName().equals(in.name()) || !s.getLabel().equals(in.line().label())
                    || !equal(s.getAmount(), in.line().amount())) {
                return false;
            }
        }
        return true;
    }
}
