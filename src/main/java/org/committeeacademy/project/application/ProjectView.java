package org.committeeacademy.project.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.project.domain.Answer;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;
import org.committeeacademy.project.domain.Residence;

/** A project as its pages and the API show it to one viewer. */
public record ProjectView(
        long id,
        String title,
        String place,
        String problem,
        String affected,
        String takingPart,
        String roles,
        String firstSteps,
        String success,
        ProjectStatus status,
        LocalDate startedOn,
        long committeeId,
        String committeeName,
        Long cohortId,
        Long worksheetId,
        Instant createdAt,
        boolean mayCoordinate,
        boolean participant,
        boolean mayJoin,
        List<Participant> participants,
        List<Update> updates,
        List<Checkpoint> checkpoints,
        List<CheckIn> checkIns) {

    public record Participant(long accountId, String name, ProjectRole role, Residence residence, boolean me) {}

    public record Update(long id, String author, String text, Instant postedAt, List<Long> photoIds) {}

    /** A check-in of the schedule: when it is due, whether it is due now, whether it was recorded. */
    public record Checkpoint(int months, LocalDate dueOn, boolean due, boolean recorded) {}

    public record CheckIn(
            int months, int rating, Answer strangersTogether, Answer newcomersLed, String note, Instant recordedAt) {}

    /** The check-ins the coordinators may record now. */
    public List<Integer> dueCheckIns() {
        return checkpoints.stream()
                .filter(c -> c.due() && !c.recorded())
                .map(Checkpoint::months)
                .toList();
    }
}
