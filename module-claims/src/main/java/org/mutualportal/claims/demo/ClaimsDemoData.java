package org.mutualportal.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.RequestDesk;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimDescription;
import org.mutualportal.claims.claim.ClaimFileNames;
import org.mutualportal.claims.claim.ClaimFiling;
import org.mutualportal.claims.claim.ClaimSettings;
import org.mutualportal.claims.claim.ClaimStage;
import org.mutualportal.claims.claim.FileDigests;
import org.mutualportal.claims.claim.FileRole;
import org.mutualportal.spi.DemoData;
import org.mutualportal.spi.DemoMembers;

/**
 * Marie Leroy's osteopath bill for her son, sent three weeks ago with a note the mutual could not accept: the claim
 * waits in the INCOMPLETE stage with the mutual's reason, so that the demo shows the page where a member adds the
 * missing proof. Recorded as the management system would have left it (through the staff desk), once.
 */
@ApplicationScoped
public class ClaimsDemoData implements DemoData {

    private static final String KIND = "osteopathie";

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    MemberDirectory directory;

    @Inject
    RequestDesk desk;

    @Inject
    ClaimFiling filing;

    @Inject
    ClaimSettings settings;

    @Inject
    PortalClock clock;

    @Override
    public String moduleId() {
        return ClaimsModule.ID;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        Optional<Membership> found = directory.membershipByExternalId(DemoMembers.MARIE_MEMBERSHIP);
        if (found.isEmpty() || !em.createQuery("select c.requestId from Claim c where c.memberId = :member", Long.class)
                .setParameter("member", found.get().getMemberId()).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Membership membership = found.get();
        List<? extends Beneficiary> family = directory.beneficiaries(membership.getId());
        Beneficiary patient = family.stream().filter(b -> b.getRelationship() == Relationship.CHILD)
                .map(Beneficiary.class::cast).findFirst().orElse(family.get(0));
        LocalDate careDate = clock.today().minusDays(24);
        BigDecimal amount = new BigDecimal("60.00");
        String kind = settings.isCareKind(KIND) ? KIND : settings.getCareKinds().get(0).getCode();
        byte[] bill = DemoBill.pdf(List.of(text("demo.bill.title"), text("demo.bill.practitioner"), "",
                text("demo.bill.patient", patient.getFullName()), text("demo.bill.date", FrenchFormats.date(careDate)),
                text("demo.bill.act"), text("demo.bill.amount", FrenchFormats.money(amount))));
        String fileName = ClaimFileNames.of(FileRole.PROOF, 1, text("demo.bill.file"), bill);
        String sha256 = FileDigests.sha256(bill);

        MemberRequest request = desk.record(membership.getMemberId(), membership.getId(), new RequestDraft(ClaimsModule.CLAIM,
                ClaimDescription.summary(amount, careDate, patient.getFullName()), null,
                ClaimDescription.payload(membership.getMembershipNumber(), patient.getExternalId(), patient.getFullName(), kind,
                        settings.careKindLabel(kind), careDate, amount, false,
                        List.of(new ClaimDescription.DescribedFile(FileRole.PROOF, fileName, sha256)),
                        List.of())));
        Claim claim = new Claim(request.getId(), membership.getMemberId(), membership.getId(), patient.getId(),
                patient.getFullName(), kind, careDate, amount, false, clock.now());
        em.persist(claim);
        em.flush(); // the claim's row before its file's
        filing.describe(desk.attach(request.getId(), fileName, bill), claim, FileRole.PROOF, sha256, clock.now());
        desk.stage(request.getId(), ClaimStage.INCOMPLETE.name(), text("demo.reason"));
    }

    private static String text(String key, Object... arguments) {
        return Texts.of(ClaimsModule.BUNDLE, ClaimsDemoData.class.getClassLoader(), key, arguments);
    }
}
