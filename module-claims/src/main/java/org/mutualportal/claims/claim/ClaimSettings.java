package org.mutualportal.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;

/**
 * What the mutual decides about claims ({@code portal.claims.*}): the kinds of care it takes online, how old a
 * care may be, how many proofs a claim carries. File types and size are the portal's
 * ({@code portal.requests.attachments.max-bytes}).
 */
@Named("claimSettings")
@ApplicationScoped
public class ClaimSettings {

    @Inject
    @ConfigProperty(name = "portal.claims.care-kinds",
            defaultValue = "osteopathie,optique,dentaire,hospitalisation,etranger,medecines-douces,autre")
    List<String> careKinds;

    @Inject
    @ConfigProperty(name = "portal.claims.care-date.max-months", defaultValue = "24")
    int maxMonths;

    @Inject
    @ConfigProperty(name = "portal.claims.proofs.max-files", defaultValue = "5")
    int maxProofs;

    @Inject
    UploadedFiles uploads;

    /** The kinds of care offered, in the configured order, with their French labels ({@code care.<code>}). */
    public List<CareKind> getCareKinds() {
        return codes().map(c -> new CareKind(c, careKindLabel(c))).toList();
    }

    public boolean isCareKind(String code) {
        return code != null && codes().anyMatch(code::equals);
    }

    private Stream<String> codes() {
        return careKinds.stream().map(String::strip).filter(c -> !c.isEmpty());
    }

    /**
     * The label of a kind of care ({@code care.<code>} in the module's bundle); its code when the bundle has none: a
     * kind the mutual added to {@code portal.claims.care-kinds} without a label, or one it no longer offers.
     */
    public String careKindLabel(String code) {
        String key = "care." + code;
        String label = Texts.of(ClaimsModule.BUNDLE, ClaimSettings.class.getClassLoader(), key);
        return label.equals(key) ? code : label;
    }

    public CareDateRule careDateRule() {
        return new CareDateRule(maxMonths);
    }

    public int getMaxProofs() {
        return maxProofs;
    }

    /** The hint under the proofs field: how many, which types, how large. */
    public String getProofsHint() {
        return Texts.of(ClaimsModule.BUNDLE, ClaimSettings.class.getClassLoader(), "send.proofs.hint", maxProofs,
                maxMegabytes());
    }

    /** The hint under the statement's field. */
    public String getStatementHint() {
        return Texts.of(ClaimsModule.BUNDLE, ClaimSettings.class.getClassLoader(), "send.statement.hint", maxMegabytes());
    }

    private long maxMegabytes() {
        return uploads.maxBytes() / (1024 * 1024);
    }

    /** A kind of care for a select list, with the getters pages read. */
    public static final class CareKind implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;

        CareKind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }
}
