package org.mutualportal.documents.attestation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.Membership;
import org.mutualportal.api.settings.PortalSettings;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.documents.DocumentsAudit;
import org.mutualportal.documents.attestation.AttestationData.CoveredPerson;
import org.mutualportal.documents.coverage.CoverageRules;
import org.mutualportal.documents.coverage.CoverageRules.Period;

/**
 * Attestations de droits: which days the selected membership can be certified for, issuing one (the
 * certified data is frozen, signed and recorded), the member's own attestations, and the staff's check of
 * a code. Everything a member reaches goes through {@link MemberContext}: another member's attestation is
 * not found.
 */
@ApplicationScoped
public class Attestations {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many of their latest attestations a member sees. */
    static final int HISTORY = 20;

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    MemberContext memberContext;

    @Inject
    PortalSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    SigningKey signingKey;

    @Inject
    AuditLog audit;

    /** The days the selected membership can be certified for; empty when none can (suspended contract…). */
    public Optional<Period> range() {
        Membership membership = memberContext.membership();
        return CoverageRules.attestationRange(membership.getState(), membership.getStartDate(), membership.getEndDate(),
                clock.today());
    }

    /** Why this day cannot be certified (a key of the bundle), if it cannot. */
    public Optional<String> problem(LocalDate day) {
        Optional<Period> range = range();
        if (range.isEmpty()) {
            return Optional.of("attestation.unavailable." + memberContext.membership().getState().name());
        }
        if (day.isBefore(range.get().from())) {
            return Optional.of("attestation.date.beforeStart");
        }
        if (day.isAfter(range.get().to())) {
            return Optional.of(memberContext.membership().getEndDate() != null
                    && day.isAfter(memberContext.membership().getEndDate()) ? "attestation.date.afterEnd" : "attestation.date.tooFar");
        }
        if (coveredOn(day).isEmpty()) {
            return Optional.of("attestation.date.nobody");
        }
        return Optional.empty();
    }

    /**
     * Issues an attestation of the selected membership for that day: freezes what is certified, signs it and
     * records it.
     *
     * @throws DayNotCertifiable when the day cannot be certified ({@link #problem})
     */
    @Transactional
    public IssuedAttestation issue(LocalDate day) {
        problem(day).ifPresent(p -> {
            throw new DayNotCertifiable(p);
        });
        Membership membership = memberContext.membership();
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        OffsetDateTime now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        AttestationData data = new AttestationData(HexFormat.of().formatHex(nonce), settings.getMutualName(),
                settings.getMutualAddress(), memberContext.member().getFullName(), membership.getMembershipNumber(),
                membership.getContractNumber(), membership.getOfferLabel(), membership.getEmployerName(),
                membership.getStartDate(), membership.getEndDate(), day, now, coveredOn(day));
        String payload = data.toJson();
        IssuedAttestation attestation = new IssuedAttestation(VerificationCodes.code(signingKey.key(), payload),
                memberContext.memberId(), membership.getId(), day, now, payload);
        em.persist(attestation);
        em.flush(); // the id makes the download link
        return attestation;
    }

    /** The latest attestations of the selected membership, newest first. */
    public List<IssuedAttestation> mine() {
        return em.createQuery("""
                select a from IssuedAttestation a where a.membershipId = :membership and a.memberId = :member
                order by a.issuedAt desc, a.id desc""", IssuedAttestation.class)
                .setParameter("membership", memberContext.membershipId())
                .setParameter("member", memberContext.memberId())
                .setMaxResults(HISTORY)
                .getResultList();
    }

    /**
     * One of the current member's attestations.
     *
     * @throws NotFoundException when it is not theirs
     */
    public IssuedAttestation find(long id) {
        IssuedAttestation attestation = em.find(IssuedAttestation.class, id);
        if (attestation == null || !attestation.getMemberId().equals(memberContext.memberId())) {
            throw new NotFoundException();
        }
        return attestation;
    }

    /**
     * What a code certifies, for the mutual's staff: the attestation and whether its data still matches the code.
     * Every check is audited, found or not, since it shows a member's data.
     *
     * @param typed the code as typed from the attestation ({@link VerificationCode})
     * @return the attestation, or empty when no attestation has this code
     */
    @Transactional
    public Optional<Verification> verify(String typed) {
        Optional<Verification> result = VerificationCodes.normalize(typed).flatMap(code -> em.createQuery(
                        "select a from IssuedAttestation a where a.code = :code", IssuedAttestation.class)
                .setParameter("code", code)
                .getResultStream().findFirst())
                .map(a -> new Verification(a, a.data(), VerificationCodes.matches(signingKey.key(), a.getPayload(), a.getCode())));
        audit.record(DocumentsAudit.ATTESTATION_VERIFIED, result.map(r -> "attestation:" + r.attestation().getId()).orElse(null),
                result.map(r -> r.authentic() ? "authentic" : "altered").orElse("unknown code"));
        return result;
    }

    /**
     * A code checked by staff.
     *
     * @param authentic whether the stored data is the one the code was made for under the current key
     */
    public record Verification(IssuedAttestation attestation, AttestationData data, boolean authentic) {
    }

    private List<CoveredPerson> coveredOn(LocalDate day) {
        return memberContext.beneficiaries().stream()
                .filter(b -> CoverageRules.coveredOn(b.getStartDate(), b.getEndDate(), day))
                .map(Attestations::person)
                .toList();
    }

    private static CoveredPerson person(Beneficiary b) {
        return new CoveredPerson(b.getFullName(), b.getBirthDate(), b.getRelationship().name(), b.getStartDate(), b.getEndDate());
    }
}
