package org.committeeacademy.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.exchange.domain.ImportLine;
import org.committeeacademy.exchange.domain.ImportPlan;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The preview of a participant list for one cohort: the invitation list's parser reads the file (size, strict UTF-8,
 * header, name, e-mail, language, duplicates), then each line is matched against accounts, open invitations and the
 * cohort's enrolments. Staff of the cohort's organisation only.
 */
@ApplicationScoped
@Transactional
public class ImportPreview {

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentFigures figures;

    @Inject
    AccountRepository accounts;

    @Inject
    InvitationRepository invitations;

    @Inject
    CurrentUser currentUser;

    /**
     * @throws IllegalArgumentException with a message key when the file is no list at all (as the invitation list)
     * @throws ValidationException when the cohort takes nobody any more
     */
    public List<ImportLine> preview(long cohortId, byte[] csv) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        currentUser.requireManaging(cohort.organisationId());
        if (cohort.status() == CohortStatus.COMPLETED || cohort.status() == CohortStatus.CANCELLED) {
            throw new ValidationException("file", "exchange.import.closed");
        }
        List<InvitationCsv.Line> lines = InvitationCsv.parse(csv, email -> false);
        int free = (int) Math.max(0, cohort.capacity() - figures.seated(cohortId));
        boolean othersWaiting = figures.waitlisted(cohortId) > 0;
        return ImportPlan.plan(lines, email -> standing(cohortId, email), free, othersWaiting);
    }

    private ImportPlan.Standing standing(long cohortId, String email) {
        return accounts.findByEmail(email)
                .map(a -> new ImportPlan.Standing(
                        a.id(), a.hasRole(Role.MEMBER), figures.isEnrolled(cohortId, a.id()), false))
                .orElseGet(() -> new ImportPlan.Standing(
                        null, false, false, !invitations.openTo(email).isEmpty()));
    }
}
