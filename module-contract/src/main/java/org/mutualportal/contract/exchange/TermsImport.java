package org.mutualportal.contract.exchange;

import static org.mutualportal.contract.exchange.ContractImports.membershipIds;
import static org.mutualportal.contract.exchange.ContractImports.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualportal.contract.terms.ContractTerms;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;
import org.mutualportal.api.validation.BankAccountCheck;
import org.mutualportal.api.exchange.ExternalIds;
import org.mutualportal.api.exchange.ImportOutcome;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.spi.RecordImport;
import org.mutualportal.api.text.Texts;

/**
 * Contract terms ({@code POST /api/v1/contract/terms}), one per membership, keyed by the membership's external
 * id. The member's pending change of payment mode (a request of Suivi) is left as it is: it ends when the
 * request is closed, which the management system does through the request feed.
 */
@ApplicationScoped
public class TermsImport implements RecordImport<TermsRecord> {

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Override
    public String resource() {
        return "contract/terms";
    }

    @Override
    public String keyField() {
        return "membership";
    }

    @Override
    public String key(TermsRecord record) {
        return record.membership();
    }

    @Override
    public TermsRecord read(JsonRecord r) {
        String membership = r.requiredText("membership", 64);
        String subscriber = r.text("subscriberName", 120);
        String address = r.text("subscriberAddress", 250);
        var since = r.date("guaranteesSince");
        PaymentMode mode = r.choice("paymentMode", PaymentMode.class);
        NoticeFrequency frequency = r.choice("noticeFrequency", NoticeFrequency.class);
        Integer day = r.integer("debitDay", 1, 28);
        String holder = r.text("holderName", ContractTerms.HOLDER_LENGTH);
        String iban = r.text("iban", 40);
        String bic = r.text("bic", 11);
        String mandate = r.text("mandateReference", 35);
        var signedOn = r.date("mandateSignedOn");
        if (mode == PaymentMode.DIRECT_DEBIT) {
            iban = iban == null ? null : BankAccountCheck.normalize(iban);
            bic = bic == null ? null : BankAccountCheck.normalize(bic);
            if (iban == null) {
                r.reject("iban", text("terms.iban.required"));
            } else {
                BankAccountCheck.ibanProblem(iban).ifPresent(key -> r.reject("iban", Texts.shared(key)));
            }
            if (bic != null && iban != null) {
                BankAccountCheck.bicProblem(bic, iban).ifPresent(key -> r.reject("bic", Texts.shared(key)));
            }
            requiredForDebit(r, "debitDay", day);
            requiredForDebit(r, "holderName", holder);
            requiredForDebit(r, "mandateReference", mandate);
        } else {
            // ContractTerms keeps bank details for a direct debit only: compare what will be stored.
            day = null;
            holder = null;
            iban = null;
            bic = null;
            mandate = null;
            signedOn = null;
        }
        if (!r.isValid()) {
            return null;
        }
        return new TermsRecord(membership, subscriber, address, since, mode, frequency, day, holder, iban, bic, mandate,
                signedOn);
    }

    /** A direct debit needs the field; a present but malformed value already has its own message. */
    private static void requiredForDebit(JsonRecord r, String field, Object value) {
        if (value == null && !r.has(field)) {
            r.reject(field, text("terms.debit.required"));
        }
    }

    @Override
    public void write(List<Item<TermsRecord>> items, ImportOutcome outcome) {
        Map<String, Long> memberships = membershipIds(directory, items.stream().map(i -> i.value().membership()).toList());
        Map<Long, ContractTerms> existing = new HashMap<>();
        List<Long> ids = new ArrayList<>(memberships.values());
        for (int from = 0; from < ids.size(); from += ExternalIds.CHUNK) {
            em.createQuery("select t from ContractTerms t where t.membershipId in :ids", ContractTerms.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ExternalIds.CHUNK)))
                    .setHint(ExternalIds.READ_ONLY, true)
                    .getResultList().forEach(t -> existing.put(t.getMembershipId(), t));
        }
        for (Item<TermsRecord> item : items) {
            TermsRecord r = item.value();
            Long membershipId = memberships.get(r.membership());
            if (membershipId == null) {
                outcome.reject(item.index(), "membership", Texts.shared("exchange.unknown.membership", r.membership()));
                continue;
            }
            ContractTerms terms = existing.get(membershipId);
            if (terms == null) {
                terms = new ContractTerms(membershipId);
                apply(terms, r);
                em.persist(terms);
                outcome.created(item.index());
            } else if (same(terms, r)) {
                outcome.unchanged(item.index());
            } else {
                update(membershipId, r);
                outcome.updated(item.index());
            }
        }
        em.flush();
    }

    /**
     * One statement per changed row (the rows were read only to be compared); the version moves as an edit
     * through the entity would move it. The bank fields are already empty unless the mode is a direct debit.
     * Casts: a null parameter of a native query is bound as text.
     */
    private void update(long membershipId, TermsRecord r) {
        em.createNativeQuery("""
                update contract_terms set subscriber_name = ?1, subscriber_address = ?2, guarantees_since = cast(?3 as date),
                    payment_mode = ?4, notice_frequency = ?5, debit_day = cast(?6 as smallint), holder_name = ?7,
                    iban = ?8, bic = ?9,
                    mandate_reference = ?10, mandate_signed_on = cast(?11 as date), version = version + 1
                where membership_id = ?12""")
                .setParameter(1, r.subscriberName())
                .setParameter(2, r.subscriberAddress())
                .setParameter(3, r.guaranteesSince())
                .setParameter(4, r.paymentMode() == null ? null : r.paymentMode().name())
                .setParameter(5, r.noticeFrequency() == null ? null : r.noticeFrequency().name())
                .setParameter(6, r.debitDay())
                .setParameter(7, r.holderName())
                .setParameter(8, r.iban())
                .setParameter(9, r.bic())
                .setParameter(10, r.mandateReference())
                .setParameter(11, r.mandateSignedOn())
                .setParameter(12, membershipId)
                .executeUpdate();
    }

    private static void apply(ContractTerms t, TermsRecord r) {
        t.setSubscriber(r.subscriberName(), r.subscriberAddress());
        t.setGuaranteesSince(r.guaranteesSince());
        t.setPayment(r.paymentMode(), r.noticeFrequency(), r.debitDay(), r.holderName(), r.iban(), r.bic(),
                r.mandateReference(), r.mandateSignedOn());
    }

    private static boolean same(ContractTerms t, TermsRecord r) {
        return Objects.equals(t.getSubscriberName(), r.subscriberName())
                && Objects.equals(t.getSubscriberAddress(), r.subscriberAddress())
                && Objects.equals(t.getGuaranteesSince(), r.guaranteesSince()) && t.getPaymentMode() == r.paymentMode()
                && t.getNoticeFrequency() == r.noticeFrequency() && Objects.equals(t.getDebitDay(), r.debitDay())
                && Objects.equals(t.getHolderName(), r.holderName()) && Objects.equals(t.getIban(), r.iban())
                && Objects.equals(t.getBic(), r.bic()) && Objects.equals(t.getMandateReference(), r.mandateReference())
                && Objects.equals(t.getMandateSignedOn(), r.mandateSignedOn());
    }
}
