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
import java.util.List;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.estimate.Coverage.QuoteLine;

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
    private String kindParameter;
    private CareKind kind;
    private Estimates.Computed computed;
    private transient List<Estimates.Sent> sent;
    private transient List<CareItem> items;

    private String frameItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal framePrice;
    private String rightLensItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal rightLensPrice;
    private String leftLensItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal leftLensPrice;
    private String firstActItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal firstActPrice;
    private String secondActItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal secondActPrice;
    private String rightEarItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal rightEarPrice;
    private String leftEarItem;
    @DecimalMin(value = "0.01", message = "{org.mutualportal.contract.estimate.price.positive}")
    private BigDecimal leftEarPrice;
    @Pattern(regexp = TOOTH, message = "{org.mutualportal.contract.estimate.tooth.invalid}")
    private String firstActTooth;
    @Pattern(regexp = TOOTH, message = "{org.mutualportal.contract.estimate.tooth.invalid}")
    private String secondActTooth;
    // Uploaded parts live for one request only: never part of the view's state.
    private transient List<Part> quoteFiles = new ArrayList<>();
    private transient List<Part> completionFiles = new ArrayList<>();
    /** The incomplete request the member completes (the service checks it is theirs). */
    private Long completedRequest;

    /** View action: 404 for a beneficiary outside the membership or an unknown kind of care. */
    public void load() {
        if (kindParameter != null) {
            kind = CareKind.ofParameter(kindParameter).orElseThrow(NotFoundException::new);
        }
        if (beneficiaryId != null) {
            memberContext.beneficiary(beneficiaryId);
        }
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
            throw new BusinessException(ContractModule.BUNDLE, "estimate.files.required").on("quoteFiles");
        }
        // What was estimated from the same form: the figures the member reads are those sent.
        Estimates.Computed again = estimates.estimate(beneficiaryId, kind, quote());
        MemberRequest request = estimates.send(again.id(), files);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "estimate.sent", Long.toString(request.getId())));
        return "/contract/estimate.xhtml?faces-redirect=true";
    }

    /** "Envoyer le document demandé": joins it to the incomplete request, which goes back to the mutual. */
    public String complete() {
        List<UploadedFiles.Accepted> files = uploads.read(completionFiles);
        if (files.isEmpty()) {
            throw new BusinessException(ContractModule.BUNDLE, "estimate.complete.files.required").on("completionFiles");
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
            String item = item(slot);
            BigDecimal price = price(slot);
            String property = property(slot);
            if ((item == null || item.isBlank()) && price == null) {
                continue;
            }
            if (item == null || item.isBlank()) {
                throw new BusinessException(ContractModule.BUNDLE, "estimate.item.required").on(property + "Item");
            }
            if (price == null) {
                throw new BusinessException(ContractModule.BUNDLE, "estimate.price.missing").on(property + "Price");
            }
            lines.add(new QuoteLine(slot, item, price, tooth(slot)));
        }
        if (lines.isEmpty()) {
            throw new BusinessException(ContractModule.BUNDLE, "estimate.ears.required").on(property(kind.slots().get(0)) + "Item");
        }
        return lines;
    }

    private static String property(QuoteSlot slot) {
        String[] words = slot.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private String item(QuoteSlot slot) {
        return switch (slot) {
            case FRAME -> frameItem;
            case RIGHT_LENS -> rightLensItem;
            case LEFT_LENS -> leftLensItem;
            case FIRST_ACT -> firstActItem;
            case SECOND_ACT -> secondActItem;
            case RIGHT_EAR -> rightEarItem;
            case LEFT_EAR -> leftEarItem;
        };
    }

    private BigDecimal price(QuoteSlot slot) {
        return switch (slot) {
            case FRAME -> framePrice;
            case RIGHT_LENS -> rightLensPrice;
            case LEFT_LENS -> leftLensPrice;
            case FIRST_ACT -> firstActPrice;
            case SECOND_ACT -> secondActPrice;
            case RIGHT_EAR -> rightEarPrice;
            case LEFT_EAR -> leftEarPrice;
        };
    }

    private String tooth(QuoteSlot slot) {
        String tooth = switch (slot) {
            case FIRST_ACT -> firstActTooth;
            case SECOND_ACT -> secondActTooth;
            default -> null;
        };
        return tooth == null || tooth.isBlank() ? null : tooth.strip();
    }

    /** The catalogue's choices for a kind of line ("FRAME", "LENS", "DENTAL_ACT", "HEARING_AID"). */
    public List<SelectItem> choices(String slot) {
        if (items == null) {
            items = estimates.items(kind);
        }
        ItemSlot wanted = ItemSlot.valueOf(slot);
        return items.stream().filter(i -> i.getSlot() == wanted).map(i -> new SelectItem(i.getCode(), i.getLabel())).toList();
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
        return estimates.offerHasRules();
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
        return Texts.of(ContractModule.BUNDLE, "estimate.result.offer", computed.offerLabel(), FrenchFormats.date(computed.on()));
    }

    public List<String> getAlternativeLines() {
        return EstimateTexts.alternativeLines(computed.estimate());
    }

    public String lineLabel(EstimateLine line) {
        return EstimateTexts.lineLabel(line);
    }

    public String rate(EstimateLine line) {
        return EstimateCalculator.percent(line.ssRate()) + " %";
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

    public String getKindParameter() {
        return kindParameter;
    }

    public void setKindParameter(String kindParameter) {
        this.kindParameter = kindParameter;
    }

    public CareKind getKind() {
        return kind;
    }

    public String getFrameItem() {
        return frameItem;
    }

    public void setFrameItem(String frameItem) {
        this.frameItem = frameItem;
    }

    public BigDecimal getFramePrice() {
        return framePrice;
    }

    public void setFramePrice(BigDecimal framePrice) {
        this.framePrice = framePrice;
    }

    public String getRightLensItem() {
        return rightLensItem;
    }

    public void setRightLensItem(String rightLensItem) {
        this.rightLensItem = rightLensItem;
    }

    public BigDecimal getRightLensPrice() {
        return rightLensPrice;
    }

    public void setRightLensPrice(BigDecimal rightLensPrice) {
        this.rightLensPrice = rightLensPrice;
    }

    public String getLeftLensItem() {
        return leftLensItem;
    }

    public void setLeftLensItem(String leftLensItem) {
        this.leftLensItem = leftLensItem;
    }

    public BigDecimal getLeftLensPrice() {
        return leftLensPrice;
    }

    public void setLeftLensPrice(BigDecimal leftLensPrice) {
        this.leftLensPrice = leftLensPrice;
    }

    public String getFirstActItem() {
        return firstActItem;
    }

    public void setFirstActItem(String firstActItem) {
        this.firstActItem = firstActItem;
    }

    public BigDecimal getFirstActPrice() {
        return firstActPrice;
    }

    public void setFirstActPrice(BigDecimal firstActPrice) {
        this.firstActPrice = firstActPrice;
    }

    public String getSecondActItem() {
        return secondActItem;
    }

    public void setSecondActItem(String secondActItem) {
        this.secondActItem = secondActItem;
    }

    public BigDecimal getSecondActPrice() {
        return secondActPrice;
    }

    public void setSecondActPrice(BigDecimal secondActPrice) {
        this.secondActPrice = secondActPrice;
    }

    public String getRightEarItem() {
        return rightEarItem;
    }

    public void setRightEarItem(String rightEarItem) {
        this.rightEarItem = rightEarItem;
    }

    public BigDecimal getRightEarPrice() {
        return rightEarPrice;
    }

    public void setRightEarPrice(BigDecimal rightEarPrice) {
        this.rightEarPrice = rightEarPrice;
    }

    public String getLeftEarItem() {
        return leftEarItem;
    }

    public void setLeftEarItem(String leftEarItem) {
        this.leftEarItem = leftEarItem;
    }

    public BigDecimal getLeftEarPrice() {
        return leftEarPrice;
    }

    public void setLeftEarPrice(BigDecimal leftEarPrice) {
        this.leftEarPrice = leftEarPrice;
    }

    public String getFirstActTooth() {
        return firstActTooth;
    }

    public void setFirstActTooth(String firstActTooth) {
        this.firstActTooth = firstActTooth;
    }

    public String getSecondActTooth() {
        return secondActTooth;
    }

    public void setSecondActTooth(String secondActTooth) {
        this.secondActTooth = secondActTooth;
    }

    public List<Part> getQuoteFiles() {
        return quoteFiles;
    }

    public void setQuoteFiles(List<Part> quoteFiles) {
        this.quoteFiles = quoteFiles;
    }
}
