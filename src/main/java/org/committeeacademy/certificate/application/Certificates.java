package org.committeeacademy.certificate.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.attendance.application.AttendanceChanged;
import org.committeeacademy.attendance.application.SeatedMembers;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.certificate.domain.CertificateRepository;
import org.committeeacademy.certificate.domain.VerificationCode;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.progress.application.ProgressBook;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.Messages;

/**
 * Certificates of participation: issued once per member and cohort when the member completes the series (checked
 * after each attendance change and by the nightly sweep), or by staff with a reason; revoked by staff with a reason.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    @Inject
    CertificateProvider provider;

    @Inject
    CertificateRepository certificates;

    @Inject
    ProgressBook progress;

    @Inject
    SeatedMembers seated;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Event<CertificateIssued> issued;

    Clock clock = Clock.systemUTC();

    void attendanceChanged(@Observes AttendanceChanged change) {
        Enrolment enrolment = seated.byMember(change.cohortId()).get(change.memberId());
        if (enrolment != null) {
            issueIfEarned(enrolment);
        }
    }

    /** Issues the certificates earned in a cohort and not yet issued; returns how many. */
    public int sweep(long cohortId) {
        return (int) seated.byMember(cohortId).values().stream()
                .filter(this::issueIfEarned)
                .count();
    }

    private boolean issueIfEarned(Enrolment enrolment) {
        Cohort cohort = enrolment.cohort();
        long memberId = enrolment.member().id();
        if (certificates.of(memberId, cohort.id()).isPresent()
                || !progress.evaluate(cohort, memberId).isComplete()) {
            return false;
        }
        Certificate certificate = certificates.add(
                Certificate.earned(enrolment.member(), cohort, VerificationCode.random(), clock.instant()));
        enrolments.markCertified(cohort.id(), memberId, true);
        issued.fire(new CertificateIssued(certificate.id(), memberId));
        return true;
    }

    public CertificateView issueManually(long cohortId, long memberId, String reason) {
        Account staff = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        currentUser.requireManaging(progress.managed(cohortId).organisationId());
        Enrolment enrolment = seated.byMember(cohortId).get(memberId);
        if (enrolment == null) {
            throw new ValidationException("memberId", "attendance.notSeated");
        }
        if (certificates.of(memberId, cohortId).isPresent()) {
            throw new ConflictException("certificate.exists");
        }
        Certificate certificate = certificates.add(Certificate.issuedManually(
                enrolment.member(), enrolment.cohort(), VerificationCode.random(), staff, reason, clock.instant()));
        enrolments.markCertified(cohortId, memberId, true);
        issued.fire(new CertificateIssued(certificate.id(), memberId));
        return CertificateView.of(certificate);
    }

    public CertificateView revoke(long certificateId, String reason) {
        Account staff = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Certificate certificate = certificates
                .find(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate " + certificateId));
        currentUser.requireManaging(certificate.cohort().organisationId());
        certificate.revoke(staff, reason, clock.instant());
        enrolments.markCertified(certificate.cohort().id(), certificate.member().id(), false);
        return CertificateView.of(certificate);
    }

    public List<CertificateView> mine() {
        Account member = currentUser.require();
        return certificates.ofMember(member.id()).stream()
                .map(CertificateView::of)
                .toList();
    }

    /** The cohort's certificates, for its trainers and staff. */
    public List<CertificateView> ofCohort(long cohortId) {
        progress.managed(cohortId);
        return certificates.ofCohort(cohortId).stream().map(CertificateView::of).toList();
    }

    /** For anyone, without a login: unknown codes are empty. */
    public Optional<Verification> verify(String typed) {
        String code = VerificationCode.normalise(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return certificates
                .byCode(code)
                .map(c -> c.isRevoked()
                        ? Verification.revoked(code)
                        : new Verification(
                                code,
                                true,
                                c.member().name(),
                                c.cohort().series().title(),
                                c.issuedAt().atZone(AcademyTime.ZONE).toLocalDate(),
                                c.cohort().venue().name() + ", "
                                        + c.cohort().venue().city()));
    }

    /** The certificate as PDF, for its member, the cohort's trainers and staff; revoked ones are not handed out. */
    public byte[] pdf(long certificateId, String baseUrl) {
        Account caller = currentUser.require();
        Certificate c = certificates
                .find(certificateId)
                .orElseThrow(() -> new NotFoundException("certificate " + certificateId));
        if (!c.member().id().equals(caller.id())) {
            progress.managed(c.cohort().id());
        }
        if (c.isRevoked()) {
            throw new ConflictException("certificate.revoked");
        }
        return CertificatePdf.write(
                CertificateContent.of(
                        c, progress.evaluate(c.cohort(), c.member().id()), baseUrl, provider.of(c)),
                key -> messages.text(c.member().language(), key));
    }
}
