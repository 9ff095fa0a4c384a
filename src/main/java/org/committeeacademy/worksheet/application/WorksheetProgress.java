package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.progress.application.WorksheetStates;
import org.committeeacademy.progress.domain.WorksheetState;
import org.committeeacademy.worksheet.persistence.JpaWorksheetStatuses;

/**
 * Where a member's worksheets in a cohort stand, for the progress rules. A module with several worksheets stands
 * where its least advanced one does (a draft beside a submitted sheet leaves the module unfinished).
 */
@ApplicationScoped
public class WorksheetProgress implements WorksheetStates {

    private static final List<WorksheetState> ADVANCE = List.of(
            WorksheetState.NONE,
            WorksheetState.DRAFT,
            WorksheetState.REVISE,
            WorksheetState.SUBMITTED,
            WorksheetState.ACCEPTED);

    @Inject
    JpaWorksheetStatuses statuses;

    @Override
    public Map<String, WorksheetState> of(long memberId, long cohortId) {
        Map<String, WorksheetState> states = new HashMap<>();
        for (JpaWorksheetStatuses.ModuleStatus sheet : statuses.of(memberId, cohortId)) {
            states.merge(sheet.moduleKey(), WorksheetState.valueOf(sheet.status()), WorksheetProgress::lesser);
        }
        return states;
    }

    static WorksheetState lesser(WorksheetState a, WorksheetState b) {
        return ADVANCE.indexOf(a) <= ADVANCE.indexOf(b) ? a : b;
    }
}
