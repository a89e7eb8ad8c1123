package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.mutualportal.spi.PersonalData;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;

/**
 * The documents part of "Exporter mes données": the attestations issued to the member (what each certified
 * is the member's own contract data, exported by the core). The card and card requests hold nothing of
 * their own here: the card is computed, requests belong to Suivi.
 */
@ApplicationScoped
public class AttestationsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public String moduleId() {
        return DocumentsModule.ID;
    }

    @Override
    public List<DataSection> export(long memberId, long accountId) {
        List<IssuedAttestation> attestations = em.createQuery(
                "select a from IssuedAttestation a where a.memberId = :member order by a.issuedAt, a.id", IssuedAttestation.class)
                .setParameter("member", memberId).getResultList();
        return List.of(new DataSection("attestations", text("export.attestations"),
                List.of(text("verify.membership"), text("attestation.column.date"), text("attestation.column.issued"),
                        text("attestation.column.code")),
                attestations.stream().map(a -> {
                    AttestationData data = a.data();
                    return List.of(data.membershipNumber(), FrenchFormats.date(a.getCertifiedDate()),
                            FrenchFormats.dateTime(a.getIssuedAt()), a.getFormattedCode());
                }).toList()));
    }

    private static String text(String key) {
        return Texts.of(DocumentsModule.BUNDLE, AttestationsPersonalData.class.getClassLoader(), key);
    }
}
