package org.committeeacademy.goal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.council.application.PaperView;
import org.committeeacademy.shared.domain.Versioned;

/**
 * A goal as its owner or a fellow committee member sees it, with everyone's check-ins and the council paper it follows
 * (null when none is linked or the paper is not imported).
 */
public record GoalView(
        long id,
        long worksheetId,
        String cohortTitle,
        String ownerName,
        boolean mine,
        boolean shared,
        String what,
        String indicator,
        String baseline,
        String target,
        String deadline,
        String responsible,
        String resources,
        LocalDate courseEnd,
        List<Checkpoint> checkpoints,
        List<CheckInLine> checkIns,
        PaperView paper,
        long version)
        implements Versioned {

    /** One checkpoint: when it is due, and whether the caller has recorded it. */
    public record Checkpoint(int months, LocalDate dueOn, boolean recordedByMe) {}

    public record CheckInLine(String by, int months, int attainment, String note, Instant at) {}
}
