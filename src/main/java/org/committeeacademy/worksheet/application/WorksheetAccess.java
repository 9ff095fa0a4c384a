package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetRepository;

/**
 * Who sees a worksheet: its member and the cohort's trainers see the content, staff and admins only the status;
 * to everyone else it does not exist (404, never 403, so ids cannot be probed).
 */
@ApplicationScoped
public class WorksheetAccess {

    /** What the caller may do with one worksheet. */
    public enum Viewer {
        MEMBER,
        TRAINER,
        STATUS_ONLY
    }

    @Inject
    WorksheetRepository worksheets;

    @Inject
    CohortRepository cohorts;

    @Inject
    CurrentUser currentUser;

    public record Granted(Worksheet worksheet, Cohort cohort, Account caller, Viewer as) {}

    public Granted readable(long id) {
        Worksheet worksheet = worksheets.find(id).orElseThrow(() -> new NotFoundException("worksheet " + id));
        Cohort cohort = cohorts.find(worksheet.cohortId()).orElseThrow(() -> new NotFoundException("worksheet " + id));
        Account caller = currentUser.require();
        if (worksheet.belongsTo(caller.id())) {
            return new Granted(worksheet, cohort, caller, Viewer.MEMBER);
        }
        if (isTrainer(cohort, caller)) {
            return new Granted(worksheet, cohort, caller, Viewer.TRAINER);
        }
        if (currentUser.manages(cohort.organisationId())) {
            return new Granted(worksheet, cohort, caller, Viewer.STATUS_ONLY);
        }
        throw new NotFoundException("worksheet " + id);
    }

    /** Only the member writes and submits; trainers and staff who may see the worksheet are refused (403). */
    public Granted own(long id) {
        Granted granted = readable(id);
        if (granted.as() != Viewer.MEMBER) {
            throw new AccessDeniedException("only its member writes a worksheet");
        }
        return granted;
    }

    /** Only the cohort's trainers review; those who may see the worksheet otherwise are refused (403). */
    public Granted reviewable(long id) {
        Granted granted = readable(id);
        if (granted.as() != Viewer.TRAINER) {
            throw new AccessDeniedException("only the cohort's trainers review");
        }
        return granted;
    }

    /** The cohort, if the caller is one of its trainers (or staff, who see the status list). */
    public Cohort teamCohort(long cohortId, boolean staffToo) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account caller = currentUser.require();
        boolean staff = currentUser.manages(cohort.organisationId());
        if (!isTrainer(cohort, caller) && !(staffToo && staff)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    public static boolean isTrainer(Cohort cohort, Account caller) {
        return TrainerRule.actsAsTrainer(cohort, caller);
    }
}
