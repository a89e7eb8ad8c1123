package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.text.Texts;

/** What the contract module's imports share: their messages and the comparison of amounts. */
final class ContractImports {

    static final String BUNDLE = "org.mutualportal.contract.exchange.messages";

    /** EclipseLink's hint: rows read only to be compared are neither copied nor watched for changes. */
    static final String READ_ONLY = "eclipselink.read-only";

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

    static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
