package org.mutualportal.contract.estimate;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.estimate.Coverage.QuoteLine;
import org.mutualportal.contract.request.FormChecks;

/**
 * "Estimer mon remboursement": who and what kind of care (the URL's {@code ?beneficiaire=} and {@code ?soin=}, a
 * plain GET form), the lines of the quote, the estimate, and the "demande de prise en charge" with the quote joined.
 * View-scoped on what the member chose and typed, so that a refused form comes back as typed and the estimate stays
 * beside the form; the computing is the service's. Each line of the quote has its own properties, so that a
 * refusal lands next to its own field.
 */
@Named
@ViewScoped
public class EstimateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** FDI tooth numbers: permanent teeth 11 to 48, milk teeth 51 to 85. */
    static final String TOOTH = "[1-4][1-8]|[5-8][1-5]";

    @Inject
    Estimates estimates;

    @Inject
    MemberContext memberContext;

    @Inject
    UploadedFiles uploads;

    private Long beneficiaryId;
    private CareKind kind;
    private boolean offerReady;
    private Estimates.Computed computed;
    private transient List<Estimates.Sent> sent;
    private transient List<CareItem> items;

    // The quote as typed, line by line: each line's inputs have properties of their own (below), so that a refusal
    // lands next to its own field.
    private final EnumMap<QuoteSlot, String> itemCodes = new EnumMap<>(QuoteSlot.class);
    private final EnumMap<QuoteSlot, BigDecimal> prices = new EnumMap<>(QuoteSlot.class);
    private final EnumMap<QuoteSlot, String> teeth = new EnumMap<>(QuoteSlot.class);
    // Uploaded parts live for one request only: never part of the view's state.
    private transient List<Part> quoteFiles = new ArrayList<>();
    private transient List<Part> completionFiles = new ArrayList<>();
    /** The incomplete request the member completes (the service checks it is theirs). */
    private Long completedRequest;

    /**
     * View action: 404 for a beneficiary outside the membership (an unknown kind of care is one already, see
     * {@link CareKindParameter}). Whether the member's offer can be estimated is read once for the view.
     */
    public void load() {
        if (beneficiaryId != null) {
            memberContext.beneficiary(beneficiaryId);
        }
        offerReady = estimates.offerHasRules();
    }

    /** Whether the quote's form is shown: a beneficiary and a kind of care chosen. */
    public boolean isChosen() {
        return beneficiaryId != null && kind != null;
    }

    public String compute() {
        computed = estimates.estimate(beneficiaryId, kind, quote());
        return null;
    }

    public String send() {
        if (computed == null) {
            throw new NotFoundException();
        }
        List<UploadedFiles.Accepted> files = uploads.read(quoteFiles);
        if (files.isEmpty()) {
            throw FormChecks.refusal("quoteFiles", "estimate.files.required");
        }
        // The estimate the member reads beside the form is the one sent.
        MemberRequest request = estimates.send(computed.id(), files);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "estimate.sent", Long.toString(request.getId())));
        return "/contract/estimate.xhtml?faces-redirect=true";
    }

    /** "Envoyer le document demandé": joins it to the incomplete request, which goes back to the mutual. */
    public String complete() {
        List<UploadedFiles.Accepted> files = uploads.read(completionFiles);
        if (files.isEmpty()) {
            throw FormChecks.refusal("completionFiles", "estimate.complete.files.required");
        }
        long number = estimates.complete(completedRequest, files).getId();
        Texts.flash(Texts.of(ContractModule.BUNDLE, "estimate.completed", Long.toString(number)));
        return "/contract/estimate.xhtml?faces-redirect=true";
    }

    public List<Part> getCompletionFiles() {
        return completionFiles;
    }

    public void setCompletionFiles(List<Part> completionFiles) {
        this.completionFiles = completionFiles;
    }

    public Long getCompletedRequest() {
        return completedRequest;
    }

    public void setCompletedRequest(Long completedRequest) {
        this.completedRequest = completedRequest;
    }

    /** The quote's lines as typed: a required line has both parts (Faces checked them), an optional one both or none. */
    private List<QuoteLine> quote() {
        List<QuoteLine> lines = new ArrayList<>();
        for (QuoteSlot slot : kind.slots()) {
            String item = itemCodes.get(slot);
            BigDecimal price = prices.get(slot);
            if ((item == null || item.isBlank()) && price == null) {
                continue;
            }
            if (item == null || item.isBlank()) {
                throw FormChecks.refusal(property(slot) + "Item", "estimate.item.required");
            }
            if (price == null) {
                throw FormChecks.refusal(property(slot) + "Price", "estimate.price.missing");
            }
            String tooth = teeth.get(slot);
            // The portal's converter reads at most two decimals: cents, as the quote prints them.
            lines.add(new QuoteLine(slot, item, price.setScale(2), tooth == null || tooth.isBlank() ? null : tooth.strip()));
        }
        if (lines.isEmpty()) {
            throw FormChecks.refusal(property(kind.slots().get(0)) + "Item", "estimate.ears.required");
        }
        return lines;
    }

    /** The name of a line's properties: {@code rightLens} for {@code rightLensItem} and {@code rightLensPrice}. */
    private static String property(QuoteSlot slot) {
        String[] words = slot.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** The catalogue's choices for a line of the quote: the items it takes (a frame, a lens, a dental act, a hearing aid). */
    public List<SelectItem> choices(QuoteSlot slot) {
        if (items == null) {
            items = estimates.items(kind);
        }
        return items.stream().filter(i -> i.getSlot() == slot.takes()).map(i -> new SelectItem(i.getCode(), i.getLabel())).toList();
    }

    public List<? extends Beneficiary> getBeneficiaries() {
        return memberContext.beneficiaries();
    }

    public CareKind[] getKinds() {
        return CareKind.values();
    }

    public String getBeneficiaryName() {
        return beneficiaryId == null ? null : memberContext.beneficiary(beneficiaryId).getFullName();
    }

    public String getQuoteTitle() {
        return Texts.of(ContractModule.BUNDLE, "estimate.quote", Texts.of(ContractModule.BUNDLE, "estimate.kind." + kind),
                getBeneficiaryName());
    }

    public boolean isOfferReady() {
        return offerReady;
    }

    public Estimate getEstimate() {
        return computed == null ? null : computed.estimate();
    }

    public Estimates.Computed getComputed() {
        return computed;
    }

    public String getResultTitle() {
        return Texts.of(ContractModule.BUNDLE, "estimate.result", computed.beneficiaryName());
    }

    public String getOfferText() {
        return EstimateTexts.offer(computed);
    }

    public List<String> getAlternativeLines() {
        return EstimateTexts.alternativeLines(computed.estimate());
    }

    public String lineLabel(EstimateLine line) {
        return EstimateTexts.lineLabel(line);
    }

    public String rate(EstimateLine line) {
        return EstimateTexts.rate(line);
    }

    public List<String> why(EstimateLine line) {
        return line.why().stream().map(Sentence::text).toList();
    }

    public List<Estimates.Sent> getSent() {
        if (sent == null) {
            sent = estimates.sent();
        }
        return sent;
    }

    public String sentTitle(Estimates.Sent request) {
        return Texts.of(ContractModule.BUNDLE, "estimate.requests.number", Long.toString(request.id()), request.date());
    }

    public String getFilesHint() {
        return uploads.hint();
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public void setBeneficiaryId(Long beneficiaryId) {
        this.beneficiaryId = beneficiaryId;
    }

    public CareKind getKind() {
        return kind;
    }

    public void setKind(CareKind kind) {
        this.kind = kind;
    }

    public String getFrameItem() {
        return itemCodes.get(QuoteSlot.FRAME);
    }

    public void setFrameItem(String value) {
        itemCodes.put(QuoteSlot.FRAME, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getFramePrice() {
        return prices.get(QuoteSlot.FRAME);
    }

    public void setFramePrice(BigDecimal value) {
        prices.put(QuoteSlot.FRAME, value);
    }

    public String getRightLensItem() {
        return itemCodes.get(QuoteSlot.RIGHT_LENS);
    }

    public void setRightLensItem(String value) {
        itemCodes.put(QuoteSlot.RIGHT_LENS, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getRightLensPrice() {
        return prices.get(QuoteSlot.RIGHT_LENS);
    }

    public void setRightLensPrice(BigDecimal value) {
        prices.put(QuoteSlot.RIGHT_LENS, value);
    }

    public String getLeftLensItem() {
        return itemCodes.get(QuoteSlot.LEFT_LENS);
    }

    public void setLeftLensItem(String value) {
        itemCodes.put(QuoteSlot.LEFT_LENS, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getLeftLensPrice() {
        return prices.get(QuoteSlot.LEFT_LENS);
    }

    public void setLeftLensPrice(BigDecimal value) {
        prices.put(QuoteSlot.LEFT_LENS, value);
    }

    public String getFirstActItem() {
        return itemCodes.get(QuoteSlot.FIRST_ACT);
    }

    public void setFirstActItem(String value) {
        itemCodes.put(QuoteSlot.FIRST_ACT, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getFirstActPrice() {
        return prices.get(QuoteSlot.FIRST_ACT);
    }

    public void setFirstActPrice(BigDecimal value) {
        prices.put(QuoteSlot.FIRST_ACT, value);
    }

    public String getSecondActItem() {
        return itemCodes.get(QuoteSlot.SECOND_ACT);
    }

    public void setSecondActItem(String value) {
        itemCodes.put(QuoteSlot.SECOND_ACT, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getSecondActPrice() {
        return prices.get(QuoteSlot.SECOND_ACT);
    }

    public void setSecondActPrice(BigDecimal value) {
        prices.put(QuoteSlot.SECOND_ACT, value);
    }

    public String getRightEarItem() {
        return itemCodes.get(QuoteSlot.RIGHT_EAR);
    }

    public void setRightEarItem(String value) {
        itemCodes.put(QuoteSlot.RIGHT_EAR, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getRightEarPrice() {
        return prices.get(QuoteSlot.RIGHT_EAR);
    }

    public void setRightEarPrice(BigDecimal value) {
        prices.put(QuoteSlot.RIGHT_EAR, value);
    }

    public String getLeftEarItem() {
        return itemCodes.get(QuoteSlot.LEFT_EAR);
    }

    public void setLeftEarItem(String value) {
        itemCodes.put(QuoteSlot.LEFT_EAR, value);
    }

    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    public BigDecimal getLeftEarPrice() {
        return prices.get(QuoteSlot.LEFT_EAR);
    }

    public void setLeftEarPrice(BigDecimal value) {
        prices.put(QuoteSlot.LEFT_EAR, value);
    }

    @Pattern(regexp = TOOTH, message = "{org.mutualportal.contract.estimate.tooth.invalid}")
    public String getFirstActTooth() {
        return teeth.get(QuoteSlot.FIRST_ACT);
    }

    public void setFirstActTooth(String value) {
        teeth.put(QuoteSlot.FIRST_ACT, value);
    }

    @Pattern(regexp = TOOTH, message = "{org.mutualportal.contract.estimate.tooth.invalid}")
    public String getSecondActTooth() {
        return teeth.get(QuoteSlot.SECOND_ACT);
    }

    public void setSecondActTooth(String value) {
        teeth.put(QuoteSlot.SECOND_ACT, value);
    }

    public List<Part> getQuoteFiles() {
        return quoteFiles;
    }

    public void setQuoteFiles(List<Part> quoteFiles) {
        this.quoteFiles = quoteFiles;
    }
}
