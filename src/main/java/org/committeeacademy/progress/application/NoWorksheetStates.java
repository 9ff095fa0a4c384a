package org.committeeacademy.progress.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.committeeacademy.progress.domain.WorksheetState;

/**
 * Until the worksheet feature answers {@link WorksheetStates}, no worksheet is known. Replace this class with the
 * worksheet feature's implementation (or give that one {@code @Alternative @Priority}).
 */
@ApplicationScoped
public class NoWorksheetStates implements WorksheetStates {

    @Override
    public Map<String, WorksheetState> of(long memberId, long cohortId) {
        return Map.of();
    }
}
