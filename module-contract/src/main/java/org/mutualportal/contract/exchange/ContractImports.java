package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import org.mutualportal.core.web.Texts;

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

    static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
