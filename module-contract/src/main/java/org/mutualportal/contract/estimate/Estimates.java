package org.mutualportal.contract.estimate;

import static org.mutualportal.api.text.FrenchFormats.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.RequestFilter;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.estimate.Coverage.QuoteLine;
import org.mutualportal.contract.offer.GuaranteeRule;
import org.mutualportal.contract.offer.Offers;
import org.mutualportal.contract.request.ContractRequests;

/**
 * "Estimer mon remboursement" for the signed-in member: the catalogue's items of a kind of care, the estimate of a
 * quote for one of the selected membership's beneficiaries under the membership's offer (saved, so that its PDF has
 * an address), and the "demande de prise en charge" it may become, with the quote the member joins and the
 * estimate's PDF. A beneficiary or an estimate outside the membership answers 404.
 */
@ApplicationScoped
public class Estimates {

    /** Requests shown under the form: the latest ones are what a member follows. */
    private static final int REQUESTS_SHOWN = 20;

    @PersistenceContext(unitName = "contract")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests memberRequests;

    @Inject
    ContractRequests requests;

    @Inject
    EstimatePdf pdf;

    @Inject
    PortalClock clock;

    @Inject
    Offers offers;

    /** An estimate with what the pages and the PDF say around it. */
    public record Computed(long id, Estimate estimate, String beneficiaryName, String offerLabel, LocalDate on)
            implements java.io.Serializable {
    }

    /** A member's "demande de prise en charge" as listed under the form. */
    public record Sent(long id, String date, String status, String stage, String reason, boolean awaitsMember)
            implements java.io.Serializable {
    }

    /** The catalogue's items of a kind of care, in the catalogue's order. */
    public List<CareItem> items(CareKind kind) {
        return em.createQuery("select i from CareItem i where i.category = :category order by i.position, i.code", CareItem.class)
                .setParameter("category", kind.category())
                .getResultList();
    }

    /** Whether the member's offer has rules to estimate with (an offer sent without them cannot be estimated). */
    public boolean offerHasRules() {
        return !em.createQuery("select r.id from GuaranteeRule r where r.offerCode = :offer", Long.class)
                .setParameter("offer", memberContext.membership().getOfferCode()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Estimates a quote for a beneficiary of the selected membership and keeps it.
     *
     * @throws NotFoundException when the beneficiary is not one of the membership's
     */
    @Transactional
    public Computed estimate(long beneficiaryId, CareKind kind, List<QuoteLine> quote) {
        Beneficiary beneficiary = memberContext.beneficiary(beneficiaryId);
        SavedEstimate saved = new SavedEstimate(memberContext.membershipId(), beneficiary.getId(), kind, json(quote), clock.now());
        em.persist(saved);
        em.flush();
        return compute(saved.getId(), beneficiary, kind, quote);
    }

    /**
     * One of the membership's estimates, computed again with the figures of the day.
     *
     * @throws NotFoundException when it is not one of the membership's
     */
    public Computed find(long estimateId) {
        SavedEstimate saved = saved(estimateId);
        return compute(saved, memberContext.beneficiary(saved.getBeneficiaryId()));
    }

    /** The estimate's PDF. */
    public byte[] pdf(Computed computed) {
        Membership membership = memberContext.membership();
        return pdf.render(computed, membership.getContractNumber());
    }

    /**
     * Sends an estimate the member made as a "demande de prise en charge" with the member's quote and the estimate's
     * PDF.
     *
     * @throws NotFoundException when the estimate is not one of the membership's
     */
    @Transactional
    public MemberRequest send(long estimateId, List<UploadedFiles.Accepted> quoteFiles) {
        SavedEstimate saved = saved(estimateId);
        Beneficiary beneficiary = memberContext.beneficiary(saved.getBeneficiaryId());
        Computed computed = compute(saved, beneficiary);
        Estimate e = computed.estimate();
        String kind = Texts.of(ContractModule.BUNDLE, "estimate.kind." + e.kind());
        List<UploadedFiles.Accepted> files = new ArrayList<>(quoteFiles);
        files.add(new UploadedFiles.Accepted("estimation-" + saved.getId() + ".pdf", pdf(computed)));
        MemberRequest request = requests.submit(new RequestDraft(ContractRequests.ESTIMATE,
                Texts.of(ContractModule.BUNDLE, "estimate.summary", computed.beneficiaryName()),
                Texts.of(ContractModule.BUNDLE, "estimate.details", computed.beneficiaryName(), kind, money(e.price()),
                        money(e.ssAmount()), money(e.mutualAmount()), money(e.remaining())),
                payload(saved, beneficiary, computed).toString()), files);
        saved.setRequestId(request.getId());
        return request;
    }

    /**
     * The member joins the document the mutual asked for to one of their demandes de prise en charge marked
     * incomplete: the request goes back to the management system with it.
     *
     * @throws NotFoundException for a request that is not one of the member's demandes de prise en charge
     */
    @Transactional
    public MemberRequest complete(Long requestId, List<UploadedFiles.Accepted> files) {
        if (requestId == null) {
            throw new NotFoundException();
        }
        MemberRequest request = memberRequests.find(requestId);
        if (!ContractRequests.ESTIMATE.equals(request.getTypeCode())) {
            throw new NotFoundException();
        }
        for (UploadedFiles.Accepted file : files) {
            memberRequests.attach(request, file.name(), file.content());
        }
        return memberRequests.resubmit(request);
    }

    /**
     * The member's latest "demandes de prise en charge" on the selected membership, newest first. The history is the
     * member's, of every membership they hold: its pages are read until the selected membership's latest are found.
     */
    public List<Sent> sent() {
        long membership = memberContext.membershipId();
        RequestFilter estimates = new RequestFilter(ContractRequests.ESTIMATE, null, null, null);
        List<Sent> sent = new ArrayList<>();
        for (int first = 0; sent.size() < REQUESTS_SHOWN; first += REQUESTS_SHOWN) {
            List<? extends MemberRequest> page = memberRequests.history(estimates, first, REQUESTS_SHOWN);
            page.stream().filter(r -> r.getMembershipId() != null && r.getMembershipId() == membership)
                    .limit(REQUESTS_SHOWN - sent.size()).forEach(r -> sent.add(sent(r)));
            if (page.size() < REQUESTS_SHOWN) {
                break;
            }
        }
        return sent;
    }

    private Sent sent(MemberRequest r) {
        return new Sent(r.getId(), FrenchFormats.date(r.getCreatedAt().atZoneSameInstant(PortalClock.PARIS).toLocalDate()),
                Texts.shared("request.status." + r.getStatus()), memberRequests.stageLabel(r), r.getStageReason(),
                memberRequests.awaitsMember(r));
    }

    private SavedEstimate saved(long estimateId) {
        SavedEstimate saved = em.find(SavedEstimate.class, estimateId);
        if (saved == null || saved.getMembershipId() != memberContext.membershipId()) {
            throw new NotFoundException();
        }
        return saved;
    }

    private Computed compute(SavedEstimate saved, Beneficiary beneficiary) {
        return compute(saved.getId(), beneficiary, saved.getCareKind(), quote(saved.getQuote()));
    }

    private Computed compute(long id, Beneficiary beneficiary, CareKind kind, List<QuoteLine> quote) {
        Membership membership = memberContext.membership();
        LocalDate today = clock.today();
        Map<String, Coverage.Item> items = new LinkedHashMap<>();
        em.createQuery("select distinct i from CareItem i left join fetch i.bands where i.category = :category", CareItem.class)
                .setParameter("category", kind.category())
                .getResultList().forEach(i -> items.put(i.getCode(), i.toCoverage()));
        List<Coverage.Rule> rules = em.createQuery(
                "select distinct r from GuaranteeRule r left join fetch r.items where r.offerCode = :offer", GuaranteeRule.class)
                .setParameter("offer", membership.getOfferCode())
                .getResultList().stream().map(GuaranteeRule::toCoverage).toList();
        List<Coverage.Used> used = em.createQuery("""
                select u from BenefitUsage u where u.beneficiaryId = :beneficiary and u.category = :category
                order by u.careDate desc""", BenefitUsage.class)
                .setParameter("beneficiary", beneficiary.getId())
                .setParameter("category", kind.category())
                .getResultList().stream().map(BenefitUsage::toCoverage).toList();
        List<QuoteLine> known = quote.stream().filter(l -> items.containsKey(l.itemCode())).toList();
        if (known.size() != quote.size()) {
            // An item withdrawn from the catalogue since the estimate was made: what remains is still estimated.
            quote = known;
        }
        Estimate estimate = EstimateCalculator.estimate(kind, quote, items, rules, used, beneficiary.getBirthDate(), today);
        return new Computed(id, estimate, beneficiary.getFullName(), offers.currentLabel(), today);
    }

    /** What the management system needs to decide: the quote, the estimate line by line, and where it came from. */
    private JsonObject payload(SavedEstimate saved, Beneficiary beneficiary, Computed computed) {
        Estimate e = computed.estimate();
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (EstimateLine l : e.lines()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("slot", l.slot().name()).add("item", l.item().code())
                    .add("label", l.item().label()).add("price", l.price()).add("ssBase", l.ssBase())
                    .add("ssRate", l.ssRate()).add("ssAmount", l.ssAmount()).add("mutualAmount", l.mutualAmount())
                    .add("remaining", l.remaining()).add("fullCoverageBasket", l.inBasket());
            if (l.tooth() != null) {
                line.add("tooth", l.tooth());
            }
            if (l.rule() != null) {
                line.add("guarantee", l.rule());
            }
            lines.add(line);
        }
        return Json.createObjectBuilder()
                .add("membershipNumber", memberContext.membership().getMembershipNumber())
                .add("beneficiary", beneficiary.getExternalId())
                .add("estimate", saved.getId())
                .add("careKind", e.kind().name())
                .add("offer", memberContext.membership().getOfferCode())
                .add("estimatedOn", computed.on().toString())
                .add("basket", e.basket().name())
                .add("price", e.price()).add("ssAmount", e.ssAmount()).add("mutualAmount", e.mutualAmount())
                .add("remaining", e.remaining())
                .add("lines", lines)
                .build();
    }

    static String json(List<QuoteLine> quote) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (QuoteLine l : quote) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("slot", l.slot().name()).add("item", l.itemCode())
                    .add("price", l.price().toPlainString());
            if (l.tooth() != null) {
                line.add("tooth", l.tooth());
            }
            lines.add(line);
        }
        return lines.build().toString();
    }

    static List<QuoteLine> quote(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            List<QuoteLine> lines = new ArrayList<>();
            for (JsonValue v : reader.readArray()) {
                JsonObject l = v.asJsonObject();
                lines.add(new QuoteLine(QuoteSlot.valueOf(l.getString("slot")), l.getString("item"),
                        new BigDecimal(l.getString("price")), l.getString("tooth", null)));
            }
            return lines;
        }
    }
}
