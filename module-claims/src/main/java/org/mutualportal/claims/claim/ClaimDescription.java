package org.mutualportal.claims.claim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;

/**
 * How a claim is described outside the module: its line in Suivi (without health data: the kind of care stays out)
 * and its JSON payload for the management system, documented in docs/data-exchange.md and by the OpenAPI schema
 * {@code ClaimPayload} ({@link ClaimPayload}).
 */
public final class ClaimDescription {

    private ClaimDescription() {
    }

    /** A file as the payload lists it. */
    public record DescribedFile(FileRole role, String fileName, String sha256) {
    }

    /** The claim's line in Suivi. */
    public static String summary(BigDecimal amount, LocalDate careDate, String beneficiaryName) {
        return Texts.of(ClaimsModule.BUNDLE, ClaimDescription.class.getClassLoader(), "claim.summary",
                FrenchFormats.money(amount), FrenchFormats.date(careDate), beneficiaryName);
    }

    /**
     * The payload of the request {@code claims.claim}.
     *
     * @param duplicateOf numbers of earlier claims holding one of the proofs, sent again on purpose by the member
     */
    public static String payload(String membershipNumber, String beneficiaryExternalId, String beneficiaryName,
            String careKind, String careKindLabel, LocalDate careDate, BigDecimal amount, boolean ssReimbursed,
            List<DescribedFile> files, List<Long> duplicateOf) {
        JsonArrayBuilder described = Json.createArrayBuilder();
        for (DescribedFile file : files) {
            described.add(Json.createObjectBuilder().add("role", file.role().name()).add("fileName", file.fileName())
                    .add("sha256", file.sha256()));
        }
        return Json.createObjectBuilder()
                .add("membershipNumber", membershipNumber)
                .add("beneficiary", beneficiaryExternalId)
                .add("beneficiaryName", beneficiaryName)
                .add("careKind", careKind)
                .add("careKindLabel", careKindLabel)
                .add("careDate", careDate.toString())
                .add("amount", amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString())
                .add("socialSecurityReimbursed", ssReimbursed)
                .add("duplicateOf", Json.createArrayBuilder(duplicateOf))
                .add("files", described)
                .build().toString();
    }
}
