package org.mutualportal.reimbursements.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.api.exchange.ExternalIds;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.exchange.LineBeneficiaries;
import org.mutualportal.api.exchange.LineBeneficiaries.Named;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.reimbursements.notification.NewPaymentNotifications;
import org.mutualportal.reimbursements.payment.GuaranteeBasis;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.Payment;
import org.mutualportal.reimbursements.payment.PaymentLine;
import org.mutualportal.reimbursements.payment.PaymentMode;
import org.mutualportal.spi.RecordImport;

/**
 * Payments with their lines ({@code POST /api/v1/reimbursements/payments}), upserted by external id: a payment
 * is replaced as a whole, lines included, and left untouched when nothing differs.
 *
 * <p>Built for batches of 10 000 payments: memberships and beneficiaries (through the core's
 * {@link MemberDirectory}, whose tables the module never reads itself), existing payments and their lines are
 * each read in as few queries as the whole batch needs; new rows go through the unit's JDBC batch writing (ids from
 * the sequences, 50 at a time), payments first, then lines. The payments created (or changed) are handed to
 * {@link NewPaymentNotifications} in the same transaction: it claims each payment once for good, so a replay
 * or a concurrent import never mails twice, and members without the subscription get nothing.
 */
@ApplicationScoped
public class PaymentImport implements RecordImport<PaymentRecord> {

    static final String BUNDLE = "org.mutualportal.reimbursements.exchange.messages";

    /** The request type of a bill sent online (the claims module's): the only request a payment settles. */
    static final String CLAIM_TYPE = "claims.claim";

    @PersistenceContext(unitName = "reimbursements")
    EntityManager em;

    @Inject
    MemberDirectory memberDirectory;

    @Inject
    NewPaymentNotifications notifications;

    @Inject
    RequestDesk desk;

    @Override
    public String resource() {
        return "reimbursements/payments";
    }

    @Override
    public PaymentRecord read(JsonRecord r) {
        String externalId = r.requiredText("externalId", 64);
        String membership = r.requiredText("membership", 64);
        LocalDate date = r.requiredDate("paymentDate");
        PaymentMode mode = r.requiredChoice("mode", PaymentMode.class);
        BigDecimal amount = r.requiredAmount("amount", 12);
        Payee payee = r.requiredChoice("payee", Payee.class);
        String payeeName = r.text("payeeName", 120);
        if (payee == Payee.PROFESSIONAL && payeeName == null) {
            r.reject("payeeName", text("payee.name"));
        }
        List<PaymentRecord.Line> lines = new ArrayList<>();
        for (JsonRecord l : r.list("lines", true)) {
            lines.add(line(l));
        }
        if (r.isValid()) {
            BigDecimal total = lines.stream().map(PaymentRecord.Line::mutualAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(amount) != 0) {
                r.reject("amount", text("lines.total", amount.toPlainString(), total.toPlainString()));
            }
        }
        Long claim = claim(r);
        return r.isValid() ? new PaymentRecord(externalId, membership, date, mode, amount, payee, payeeName, lines, claim)
                : null;
    }

    /** The claim's request id: a positive whole number (JSON number or text), or none. */
    private static Long claim(JsonRecord r) {
        BigDecimal claim = r.decimal("claim", 18, 0);
        if (claim != null && claim.signum() <= 0) {
            r.reject("claim", text("claim.invalid"));
            return null;
        }
        return claim == null ? null : claim.longValueExact();
    }

    private static PaymentRecord.Line line(JsonRecord l) {
        String beneficiary = l.text("beneficiary", 64);
        String beneficiaryName = l.text("beneficiaryName", 160);
        LineBeneficiaries.requireNamed(l, beneficiary, beneficiaryName);
        String actCode = l.text("actCode", 20);
        String actLabel = l.requiredText("actLabel", 160);
        LocalDate start = l.requiredDate("careStart");
        LocalDate end = l.requiredDate("careEnd");
        l.notBefore("careEnd", end, start);
        BigDecimal expense = l.requiredAmount("expense", 10);
        BigDecimal base = l.requiredAmount("baseAmount", 10);
        BigDecimal rate = l.requiredDecimal("ssRate", 5, 2);
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            l.reject("ssRate", text("line.rate"));
        }
        BigDecimal ss = l.requiredAmount("ssAmount", 10);
        BigDecimal deductible = l.has("ssDeductible") ? l.requiredAmount("ssDeductible", 10) : new BigDecimal("0.00");
        BigDecimal mutual = l.requiredAmount("mutualAmount", 10);
        if (expense != null && ss != null && mutual != null && ss.add(mutual).compareTo(expense) > 0) {
            l.reject("mutualAmount", text("line.over-paid"));
        }
        String guarantee = l.requiredText("guaranteeLabel", 120);
        GuaranteeBasis basis = l.requiredChoice("guaranteeBasis", GuaranteeBasis.class);
        BigDecimal value = l.decimal("guaranteeValue", 10, 2);
        return new PaymentRecord.Line(beneficiary, beneficiaryName, actCode, actLabel, start, end, expense, base, rate, ss,
                deductible, mutual, guarantee, basis, value);
    }

    @Override
    public String key(PaymentRecord record) {
        return record.externalId();
    }

    @Override
    public void write(List<Item<PaymentRecord>> items, ImportOutcome outcome) {
        Map<String, Membership> memberships = memberDirectory.membershipsByExternalId(
                distinct(items.stream().map(i -> i.value().membership()).toList()));
        LineBeneficiaries people = LineBeneficiaries.of(memberDirectory, items.stream()
                .flatMap(i -> i.value().lines().stream().map(PaymentRecord.Line::beneficiary)).toList());
        Map<String, Payment> existing = existingPayments(items);
        Map<Long, List<PaymentLine>> existingLines = existingLines(existing.values());
        Map<Long, Long> claimOwners = new HashMap<>();

        List<Payment> created = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        List<ResolvedPayment> toWrite = new ArrayList<>();
        for (Item<PaymentRecord> item : items) {
            PaymentRecord r = item.value();
            Membership found = memberships.get(r.membership());
            if (found == null) {
                outcome.reject(item.index(), "membership", Texts.shared("exchange.unknown.membership", r.membership()));
                continue;
            }
            Holder membership = new Holder(found.getId(), found.getMemberId());
            if (r.claim() != null && !claimOf(r.claim(), membership.memberId(), claimOwners)) {
                outcome.reject(item.index(), "claim", text("claim.unknown", r.claim().toString(), r.membership()));
                continue;
            }
            List<Named<PaymentRecord.Line>> lines = people.name(item.index(), r.lines(), PaymentRecord.Line::beneficiary,
                    PaymentRecord.Line::beneficiaryName, membership.membershipId(), r.membership(), outcome);
            if (lines == null) {
                continue;
            }
            Payment current = existing.get(r.externalId());
            if (current == null) {
                Payment payment = new Payment(r.externalId(), membership.memberId(), membership.membershipId(),
                        r.paymentDate(), r.mode(), r.amount(), r.payee(), r.payeeName(), r.claim());
                em.persist(payment);
                created.add(payment);
                toWrite.add(new ResolvedPayment(payment, lines));
                outcome.created(item.index());
            } else if (same(current, membership, r) && sameLines(existingLines.getOrDefault(current.getId(), List.of()), lines)) {
                outcome.unchanged(item.index());
            } else {
                update(current.getId(), membership, r);
                changed.add(current.getId());
                toWrite.add(new ResolvedPayment(current, lines));
                outcome.updated(item.index());
            }
        }
        em.flush(); // new payments before the lines that refer to them
        em.clear(); // written: no need to watch 10 000 payments for changes while the lines are flushed
        if (!changed.isEmpty()) {
            em.createNativeQuery("delete from reimb_line where payment_id = any(?1)")
                    .setParameter(1, changed.toArray(Long[]::new)).executeUpdate();
        }
        for (ResolvedPayment payment : toWrite) {
            int number = 0;
            for (Named<PaymentRecord.Line> line : payment.lines()) {
                PaymentRecord.Line l = line.line();
                em.persist(new PaymentLine(payment.payment().getId(), ++number, line.beneficiaryId(), line.name(),
                        l.actCode(), l.actLabel(), l.careStart(), l.careEnd(), l.expense(), l.baseAmount(), l.ssRate(),
                        l.ssAmount(), l.ssDeductible(), l.mutualAmount(), l.guaranteeLabel(), l.guaranteeBasis(),
                        l.guaranteeValue()));
            }
        }
        em.flush();
        List<Long> arrived = new ArrayList<>(changed);
        created.forEach(p -> arrived.add(p.getId()));
        notifications.paymentsArrived(arrived);
    }

    /**
     * Whether the claim is a bill the payment's member sent online (a request of the claims module's type). Read
     * through the staff desk once per claim of the batch: payments settling a claim are the few sent online, not the
     * bulk of an import.
     */
    private boolean claimOf(long claim, long memberId, Map<Long, Long> owners) {
        Long owner = owners.computeIfAbsent(claim, id -> {
            try {
                MemberRequest request = desk.find(id);
                return CLAIM_TYPE.equals(request.getTypeCode()) ? request.getMemberId() : -1L;
            } catch (NotFoundException e) {
                return -1L;
            }
        });
        return owner == memberId;
    }

    private record ResolvedPayment(Payment payment, List<Named<PaymentRecord.Line>> lines) {
    }

    /** The membership a payment belongs to and the member who holds it, as the payment's columns store them. */
    private record Holder(long membershipId, long memberId) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, Payment> existingPayments(List<Item<PaymentRecord>> items) {
        Map<String, Payment> payments = new HashMap<>();
        if (items.isEmpty()) {
            return payments;
        }
        List<Payment> found = em.createNativeQuery("select * from reimb_payment where external_id = any(?1)", Payment.class)
                .setParameter(1, items.stream().map(i -> i.value().externalId()).toArray(String[]::new))
                .setHint(ExternalIds.READ_ONLY, true)
                .getResultList();
        found.forEach(p -> payments.put(p.getExternalId(), p));
        return payments;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<PaymentLine>> existingLines(java.util.Collection<Payment> payments) {
        Map<Long, List<PaymentLine>> lines = new HashMap<>();
        if (payments.isEmpty()) {
            return lines;
        }
        List<PaymentLine> found = em.createNativeQuery(
                "select * from reimb_line where payment_id = any(?1) order by payment_id, line_number", PaymentLine.class)
                .setParameter(1, payments.stream().map(Payment::getId).toArray(Long[]::new))
                .setHint(ExternalIds.READ_ONLY, true)
                .getResultList();
        found.forEach(l -> lines.computeIfAbsent(l.getPaymentId(), k -> new ArrayList<>()).add(l));
        return lines;
    }

    private void update(long id, Holder membership, PaymentRecord r) {
        em.createQuery("""
                update Payment p set p.memberId = :member, p.membershipId = :membership, p.paymentDate = :date,
                    p.mode = :mode, p.amount = :amount, p.payee = :payee, p.payeeName = :payeeName,
                    p.claimRequestId = :claim
                where p.id = :id""")
                .setParameter("member", membership.memberId())
                .setParameter("membership", membership.membershipId())
                .setParameter("date", r.paymentDate())
                .setParameter("mode", r.mode())
                .setParameter("amount", r.amount())
                .setParameter("payee", r.payee())
                .setParameter("payeeName", r.payeeName())
                .setParameter("claim", r.claim())
                .setParameter("id", id)
                .executeUpdate();
    }

    private static boolean same(Payment p, Holder membership, PaymentRecord r) {
        return p.getMembershipId() == membership.membershipId() && p.getMemberId() == membership.memberId()
                && p.getPaymentDate().equals(r.paymentDate()) && p.getMode() == r.mode() && equal(p.getAmount(), r.amount())
                && p.getPayee() == r.payee() && Objects.equals(p.getPayeeName(), r.payeeName())
                && Objects.equals(p.getClaimRequestId(), r.claim());
    }

    private static boolean sameLines(List<PaymentLine> stored, List<Named<PaymentRecord.Line>> incoming) {
        if (stored.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            PaymentLine s = stored.get(i);
            Named<PaymentRecord.Line> in = incoming.get(i);
            PaymentRecord.Line l = in.line();
            if (s.getLineNumber() != i + 1 || !Objects.equals(s.getBeneficiaryId(), in.beneficiaryId())
                    || !s.getBeneficiaryName().equals(in.name()) || !Objects.equals(s.getActCode(), l.actCode())
                    || !s.getActLabel().equals(l.actLabel()) || !s.getCareStart().equals(l.careStart())
                    || !s.getCareEnd().equals(l.careEnd()) || !equal(s.getExpense(), l.expense())
                    || !equal(s.getBaseAmount(), l.baseAmount()) || !equal(s.getSsRate(), l.ssRate())
                    || !equal(s.getSsAmount(), l.ssAmount()) || !equal(s.getSsDeductible(), l.ssDeductible())
                    || !equal(s.getMutualAmount(), l.mutualAmount()) || !s.getGuaranteeLabel().equals(l.guaranteeLabel())
                    || s.getGuaranteeBasis() != l.guaranteeBasis() || !equal(s.getGuaranteeValue(), l.guaranteeValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new HashSet<>(values));
    }

    static String text(String key, Object... arguments) {
        return Texts.of(BUNDLE, PaymentImport.class.getClassLoader(), key, arguments);
    }
}
