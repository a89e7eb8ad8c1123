package org.mutualportal.claims.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.mail.Outbox;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.requests.MemberRequests;
import org.mutualportal.api.requests.RequestDraft;
import org.mutualportal.api.requests.UploadedFiles;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.validation.FormValidation;
import org.mutualportal.claims.ClaimsModule;
import org.mutualportal.claims.claim.Claim;
import org.mutualportal.claims.claim.ClaimDescription;
import org.mutualportal.claims.claim.ClaimFileNames;
import org.mutualportal.claims.claim.ClaimFiling;
import org.mutualportal.claims.claim.ClaimSettings;
import org.mutualportal.claims.claim.Claims;
import org.mutualportal.claims.claim.EarlierProof;
import org.mutualportal.claims.claim.FileDigests;
import org.mutualportal.claims.claim.FileRole;

/**
 * Sends a claim: one request of type {@code claims.claim} for the management system, its files joined to it, the
 * claim's own record, and the member's acknowledgement by e-mail — all in one transaction, so that a refusal leaves
 * nothing behind. Every rule is checked here again, whoever calls. Not guarded for collective contracts: the
 * employer holds the contract, but the member's care is the member's own business.
 */
@ApplicationScoped
public class ClaimSending {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    MemberRequests requests;

    @Inject
    Claims claims;

    @Inject
    ClaimFiling filing;

    @Inject
    ClaimSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings portal;

    @Inject
    PortalClock clock;

    @Inject
    FormValidation validation;

    /** A file about to be joined, with the name it is stored under and its digest. */
    private record Named(FileRole role, String name, UploadedFiles.Accepted file, String sha256) {
    }

    /**
     * Records the claim and its files and acknowledges it by e-mail.
     *
     * @param form what the member said about the bill
     * @param proofs the bills or receipts, accepted by the form's {@code portal.files} validator
     * @param statement the Sécurité sociale's statement, or {@code null}
     * @return the claim's request, whose id is the claim's number
     * @throws jakarta.validation.ConstraintViolationException when the form breaks one of its constraints
     * @throws BusinessException on the property concerned, for the first rule broken
     * @throws DuplicateProof when a proof was already sent for the beneficiary and the member did not confirm
     */
    @Transactional
    public MemberRequest send(ClaimForm form, List<UploadedFiles.Accepted> proofs, UploadedFiles.Accepted statement) {
        Beneficiary beneficiary = check(form, proofs, statement);
        List<Named> files = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) {
            files.add(named(FileRole.PROOF, i + 1, proofs.get(i)));
        }
        if (statement != null) {
            files.add(named(FileRole.STATEMENT, 1, statement));
        }
        List<EarlierProof> earlier = earlierProofs(beneficiary, files);
        if (!earlier.isEmpty() && !form.isDuplicateConfirmed()) {
            throw duplicate(beneficiary, files, earlier.get(0));
        }

        MemberRequest request = requests.submit(new RequestDraft(ClaimsModule.CLAIM,
                ClaimDescription.summary(form.getAmount(), form.getCareDate(), beneficiary.getFullName()), null,
                payload(form, beneficiary, files, earlier)));
        Claim claim = new Claim(request.getId(), memberContext.memberId(), memberContext.membershipId(), beneficiary.getId(),
                beneficiary.getFullName(), form.getCareKind(), form.getCareDate(), form.getAmount(), form.isSsReimbursed(),
                clock.now());
        em.persist(claim);
        em.flush(); // the claim's row before the rows of its files, which refer to it
        for (Named file : files) {
            filing.describe(requests.attach(request, file.name(), file.file().content()), claim, file.role(), file.sha256(),
                    clock.now());
        }
        Member member = memberContext.member();
        if (member.getEmail() != null) {
            outbox.queue(member.getEmail(), "claims/received", Map.of("firstName", member.getFirstName(),
                    "number", request.getId().toString(), "link", portal.link("/claims/claim.xhtml?id=" + request.getId())));
        }
        return request;
    }

    /** The form's own constraints, as the page checked them, then the rules that need the settings. */
    private Beneficiary check(ClaimForm form, List<UploadedFiles.Accepted> proofs, UploadedFiles.Accepted statement) {
        validation.check(form);
        Beneficiary beneficiary = memberContext.beneficiary(form.getBeneficiaryId());
        if (!settings.isCareKind(form.getCareKind())) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.careKind.required").on("careKind");
        }
        Optional<BusinessException> date = settings.careDateRule().check(form.getCareDate(), clock.today());
        if (date.isPresent()) {
            throw date.get();
        }
        if (proofs.isEmpty()) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.proofs.required").on("proofs");
        }
        if (proofs.size() > settings.getMaxProofs()) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.proofs.tooMany", settings.getMaxProofs()).on("proofs");
        }
        if (form.isSsReimbursed() && statement == null) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.statement.required").on("statement");
        }
        if (!form.isSsReimbursed() && statement != null) {
            throw new BusinessException(ClaimsModule.BUNDLE, "send.statement.unexpected").on("statement");
        }
        return beneficiary;
    }

    /** Earlier claims of the beneficiary holding one of these proofs (same content), oldest first. */
    private List<EarlierProof> earlierProofs(Beneficiary beneficiary, List<Named> files) {
        return claims.duplicates(beneficiary.getId(), files.stream().filter(f -> f.role() == FileRole.PROOF)
                .map(Named::sha256).distinct().toList());
    }

    private static DuplicateProof duplicate(Beneficiary beneficiary, List<Named> files, EarlierProof first) {
        String fileName = files.stream().filter(f -> f.role() == FileRole.PROOF && f.sha256().equals(first.sha256()))
                .findFirst().map(f -> f.file().name()).orElse("");
        return new DuplicateProof(fileName, beneficiary.getFullName(), first.number().toString(),
                FrenchFormats.date(first.sentOn()));
    }

    private static Named named(FileRole role, int position, UploadedFiles.Accepted file) {
        return new Named(role, ClaimFileNames.of(role, position, file.name(), file.content()), file,
                FileDigests.sha256(file.content()));
    }

    private String payload(ClaimForm form, Beneficiary beneficiary, List<Named> files, List<EarlierProof> earlier) {
        return ClaimDescription.payload(memberContext.membership().getMembershipNumber(), beneficiary.getExternalId(),
                beneficiary.getFullName(), form.getCareKind(), settings.careKindLabel(form.getCareKind()), form.getCareDate(),
                form.getAmount(), form.isSsReimbursed(),
                files.stream().map(f -> new ClaimDescription.DescribedFile(f.role(), f.name(), f.sha256())).toList(),
                earlier.stream().map(EarlierProof::number).distinct().toList());
    }
}
