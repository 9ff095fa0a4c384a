package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.progress.application.WorksheetStates;
import org.committeeacademy.progress.domain.WorksheetState;

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

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Map<String, WorksheetState> of(long memberId, long cohortId) {
        Map<String, WorksheetState> states = new HashMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT module_key, status FROM worksheet WHERE member_id = ? AND cohort_id = ?")
                .setParameter(1, memberId)
                .setParameter(2, cohortId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            WorksheetState state = WorksheetState.valueOf(String.valueOf(r[1]).strip());
            states.merge(String.valueOf(r[0]), state, WorksheetProgress::lesser);
        }
        return states;
    }

    static WorksheetState lesser(WorksheetState a, WorksheetState b) {
        return ADVANCE.indexOf(a) <= ADVANCE.indexOf(b) ? a : b;
    }
}
