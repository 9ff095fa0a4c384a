package org.committeeacademy.progress.application;

import java.util.Map;
import org.committeeacademy.progress.domain.WorksheetState;

/**
 * The port to the worksheet feature: where a member's worksheets in a cohort stand, by module key. Modules without a
 * worksheet are simply missing from the map (read as {@link WorksheetState#NONE}).
 */
public interface WorksheetStates {

    Map<String, WorksheetState> of(long memberId, long cohortId);
}
