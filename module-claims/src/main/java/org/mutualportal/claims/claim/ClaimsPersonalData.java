package org.mutualportal.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.spi.PersonalData;

/** The member's claims in "Exporter mes données"; the files themselves are the requests', exported by the core. */
@ApplicationScoped
public class ClaimsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimSettings settings;

    @Override
    public String moduleId() {
        return ClaimsModule.ID;
    }

    @Override
    public List<DataSection> export(long memberId, long accountId) {
        List<Claim> claims = em.createQuery("select c from Claim c where c.memberId = :member order by c.createdAt, c.requestId",
                Claim.class).setParameter("member", memberId).getResultList();
        if (claims.isEmpty()) {
            return List.of();
        }
        return List.of(new DataSection("claims", text("export.title"),
                List.of(text("export.number"), text("export.sentAt"), text("export.beneficiary"), text("export.careKind"),
                        text("export.careDate"), text("export.amount"), text("export.ss")),
                claims.stream().map(c -> List.of(c.getRequestId().toString(), FrenchFormats.dateTime(c.getCreatedAt()),
                        c.getBeneficiaryName(), settings.careKindLabel(c.getCareKind()), FrenchFormats.date(c.getCareDate()),
                        FrenchFormats.money(c.getAmount()), text(c.isSsReimbursed() ? "export.yes" : "export.no"))).toList()));
    }

    private static String text(String key) {
        return Texts.of(ClaimsModule.BUNDLE, ClaimsPersonalData.class.getClassLoader(), key);
    }
}
