package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.exchange.JsonRecord;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.estimate.CareKind;
import org.mutualportal.contract.offer.GuaranteeCategory;

/** What the contract module's imports share: messages, memberships, the categories on quote, amounts compared. */
final class ContractImports {

    static final String BUNDLE = "org.mutualportal.contract.exchange.messages";

    private ContractImports() {
    }

    static String text(String key, Object... arguments) {
        return Texts.of(BUNDLE, ContractImports.class.getClassLoader(), key, arguments);
    }

    /** The portal's ids of the memberships the batch names, read in as few queries as the batch needs. */
    static Map<String, Long> membershipIds(MemberDirectory directory, Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        directory.membershipsByExternalId(externalIds)
                .forEach((externalId, membership) -> ids.put(externalId, membership.getId()));
        return ids;
    }

    /**
     * The record's required {@code category}, one of the kinds of care on quote (optique, dentaire, aides
     * auditives): the only ones an estimate reads.
     */
    static GuaranteeCategory quotedCategory(JsonRecord r) {
        GuaranteeCategory category = r.requiredChoice("category", GuaranteeCategory.class);
        if (category != null && Arrays.stream(CareKind.values()).noneMatch(k -> k.category() == category)) {
            r.reject("category", Texts.shared("exchange.choice", category.name(),
                    Arrays.stream(CareKind.values()).map(k -> k.category().name()).collect(Collectors.joining(", "))));
        }
        return category;
    }

    static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
