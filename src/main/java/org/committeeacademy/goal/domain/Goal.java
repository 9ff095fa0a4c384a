package org.committeeacademy.goal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.LastChange;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.worksheet.domain.GoalAnswer;

/**
 * A strategic goal from a submitted worksheet. It outlives the course: its owner (and, once shared, the members of
 * the same committee) record check-ins at 3, 6 and 12 months after the course.
 */
@Entity
public class Goal {

    private static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private long ownerId;

    @Column(name = "worksheet_id")
    private long worksheetId;

    @Column(name = "cohort_id") // the worksheet's, for the dashboard's figures by cohort
    private long cohortId;

    @Column(name = "goal_position")
    private int position;

    @Column(name = "cohort_title")
    private String cohortTitle;

    @Column(name = "goal_what")
    private String what;

    @Column(name = "goal_indicator")
    private String indicator;

    @Column(name = "goal_baseline")
    private String baseline;

    @Column(name = "goal_target")
    private String target;

    @Column(name = "goal_deadline")
    private String deadline;

    @Column(name = "goal_responsible")
    private String responsible;

    @Column(name = "goal_resources")
    private String resources;

    @Column(name = "course_end")
    private LocalDate courseEnd;

    private boolean shared;

    @Column(name = "paper_oparl_id")
    private String paperOparlId;

    @Embedded
    private AttainmentCounts attainments = new AttainmentCounts();

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    private List<GoalCheckIn> checkIns = new ArrayList<>();

    @Embedded
    private LastChange lastChange = new LastChange();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Goal() {}

    public Goal(
            long ownerId,
            long worksheetId,
            long cohortId,
            int position,
            String cohortTitle,
            LocalDate courseEnd,
            GoalAnswer a) {
        this.ownerId = ownerId;
        this.worksheetId = worksheetId;
        this.cohortId = cohortId;
        this.position = position;
        this.cohortTitle = cohortTitle;
        this.courseEnd = courseEnd;
        update(a);
    }

    /** The worksheet was submitted again: the goal takes the new wording and keeps its check-ins. */
    public void update(GoalAnswer a) {
        what = cut(a.what());
        indicator = cut(a.indicator());
        baseline = cut(a.baseline());
        target = cut(a.target());
        deadline = a.deadline().isBlank() ? null : a.deadline().strip();
        responsible = cut(a.responsible());
        resources = cut(a.resources());
    }

    public void share(boolean withCommittee) {
        this.shared = withCommittee;
    }

    /** Points the goal to a paper of the council system by its OParl id (checked by the caller), or to none. */
    public void linkPaper(String oparlId) {
        this.paperOparlId = oparlId == null || oparlId.isBlank() ? null : oparlId.strip();
    }

    /** The OParl id of the paper the goal follows, or null. */
    public String paperOparlId() {
        return paperOparlId;
    }

    /**
     * Records one account's check-in at a checkpoint; each account checks in once per checkpoint. Whether the account
     * may take part at all (owner, or the same committee while shared) is the caller's decision.
     */
    public GoalCheckIn checkIn(long accountId, Checkpoint checkpoint, int attainment, String note, Instant now) {
        if (attainment < -2 || attainment > 2) {
            throw new ValidationException("attainment", "goal.checkIn.scale");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > GoalCheckIn.MAX_NOTE) {
            throw new ValidationException("note", "goal.checkIn.noteTooLong");
        }
        if (hasCheckIn(accountId, checkpoint)) {
            throw new ConflictException("goal.checkIn.twice");
        }
        GoalCheckIn checkIn = new GoalCheckIn(this, accountId, checkpoint, attainment, cleanNote, now);
        checkIns.add(checkIn);
        attainments().add(attainment);
        return checkIn;
    }

    public boolean hasCheckIn(long accountId, Checkpoint checkpoint) {
        return checkIns.stream().anyMatch(c -> c.accountId() == accountId && c.checkpoint() == checkpoint);
    }

    /** The owner's checkpoints that have come and have no check-in yet. */
    public List<Checkpoint> dueFor(LocalDate today) {
        return Arrays.stream(Checkpoint.values())
                .filter(c -> !today.isBefore(c.dueOn(courseEnd)))
                .filter(c -> !hasCheckIn(ownerId, c))
                .toList();
    }

    private static String cut(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public long worksheetId() {
        return worksheetId;
    }

    /** The check-ins counted by attainment, kept as they are recorded (check-ins are never changed or removed). */
    public AttainmentCounts attainments() {
        return attainments;
    }

    public int position() {
        return position;
    }

    public String cohortTitle() {
        return cohortTitle;
    }

    public String what() {
        return what;
    }

    public String indicator() {
        return indicator;
    }

    public String baseline() {
        return baseline;
    }

    public String target() {
        return target;
    }

    public String deadline() {
        return deadline;
    }

    public String responsible() {
        return responsible;
    }

    public String resources() {
        return resources;
    }

    public LocalDate courseEnd() {
        return courseEnd;
    }

    public boolean isShared() {
        return shared;
    }

    public List<GoalCheckIn> checkIns() {
        return Collections.unmodifiableList(checkIns);
    }

    /** The edit version (the ETag) and who changed it last; see {@link LastChange}. */
    public LastChange lastChange() {
        if (lastChange == null) {
            lastChange = new LastChange();
        }
        return lastChange;
    }
}
