package org.committeeacademy.project.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Optional;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A committee's local project ("Baustelle"). Its coordinators change its wording, status and participants and record
 * the check-ins; every participant posts updates and describes their own background. Who may see it at all is
 * {@link ProjectViewer}'s question ({@link ProjectViewer#sees}).
 */
@Entity
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id")
    private long committeeId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "worksheet_id")
    private Long worksheetId;

    @Column(name = "created_by")
    private Long createdBy;

    @Embedded
    private ProjectDescription description;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt")
    private List<ProjectParticipant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("postedAt DESC")
    private List<ProjectUpdate> updates = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("checkpointMonths")
    private List<ProjectCheckIn> checkIns = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected Project() {}

    /** A new idea of the creator's committee; the creator coordinates it. */
    public Project(ProjectOrigin origin, ProjectDetails details, Instant now) {
        this.committeeId = origin.committeeId();
        this.organisationId = origin.organisationId();
        this.cohortId = origin.cohortId();
        this.worksheetId = origin.worksheetId();
        this.createdBy = origin.creatorId();
        this.status = ProjectStatus.IDEA;
        this.createdAt = now;
        describe(details);
        participants.add(new ProjectParticipant(this, origin.creatorId(), ProjectRole.COORDINATION, now));
    }

    public void describe(ProjectDetails details) {
        description = new ProjectDescription(details);
    }

    /** The first day it runs starts the check-in schedule; a reopened project keeps that day. */
    public void changeStatus(ProjectStatus next, LocalDate today) {
        if (next == null || !status.mayChangeTo(next)) {
            throw new ValidationException("status", "project.status.notAllowed");
        }
        status = next;
        if (next == ProjectStatus.RUNNING && startedOn == null) {
            startedOn = today;
        }
    }

    /** Adds a participant or changes their role ({@link ProjectPeople#join}). */
    public ProjectParticipant join(long accountId, ProjectRole role, Instant now) {
        return ProjectPeople.join(this, participants, accountId, role, now);
    }

    /** Takes someone out; never the last coordinator. */
    public void leave(long accountId) {
        ProjectPeople.leave(participants, accountId);
    }

    /** A participant's own, optional description; null takes it back. */
    public void describeParticipant(long accountId, Residence residence) {
        participant(accountId)
                .orElseThrow(() -> new ValidationException("accountId", "project.notParticipant"))
                .describe(residence);
    }

    /** A short text (see {@link ProjectUpdate#checked}) with up to three photos, newest first. */
    public ProjectUpdate post(long authorId, String text, List<Photo> photos, Instant now) {
        ProjectUpdate update = ProjectUpdate.checked(this, authorId, text, photos, now);
        updates.add(0, update);
        return update;
    }

    /** One check-in per checkpoint (3, 6, 12 months after it started running, as goals count), once it has come. */
    public ProjectCheckIn checkIn(
            long accountId, Checkpoint checkpoint, CheckInAnswers answers, LocalDate today, Instant now) {
        if (startedOn == null || today.isBefore(checkpoint.dueOn(startedOn))) {
            throw new ValidationException("checkpoint", "project.checkIn.notDue");
        }
        if (checkIn(checkpoint).isPresent()) {
            throw new ConflictException("project.checkIn.twice");
        }
        ProjectCheckIn checkIn = new ProjectCheckIn(this, accountId, checkpoint, answers.checked(), now);
        checkIns.add(checkIn);
        return checkIn;
    }

    /** The checkpoints that have come and have no check-in yet; none before the project ran. */
    public List<Checkpoint> dueOn(LocalDate today) {
        if (startedOn == null) {
            return List.of();
        }
        return Arrays.stream(Checkpoint.values())
                .filter(c -> !today.isBefore(c.dueOn(startedOn)))
                .filter(c -> checkIn(c).isEmpty())
                .toList();
    }

    /** A photo of one of its updates. */
    public Optional<ProjectPhoto> photo(long photoId) {
        return updates.stream()
                .flatMap(u -> u.photos().stream())
                .filter(p -> Long.valueOf(photoId).equals(p.id()))
                .findFirst();
    }

    public Optional<ProjectCheckIn> checkIn(Checkpoint checkpoint) {
        return checkIns.stream().filter(c -> c.checkpoint() == checkpoint).findFirst();
    }

    /** Who sees it and who may join by themselves: {@link ProjectViewer}. */
    public void joinAsCommitteeMember(ProjectViewer viewer, Instant now) {
        if (!viewer.mayJoin(this)) {
            throw new ValidationException("accountId", "project.join.notCommittee");
        }
        join(viewer.accountId(), ProjectRole.PARTICIPANT, now);
    }

    public boolean isCoordinatedBy(long accountId) {
        return participant(accountId)
                .filter(p -> p.role() == ProjectRole.COORDINATION)
                .isPresent();
    }

    public Optional<ProjectParticipant> participant(long accountId) {
        return ProjectPeople.find(participants, accountId);
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public Long worksheetId() {
        return worksheetId;
    }

    public ProjectDetails details() {
        return description.details();
    }

    public ProjectStatus status() {
        return status;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ProjectParticipant> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<ProjectUpdate> updates() {
        return Collections.unmodifiableList(updates);
    }

    public List<ProjectCheckIn> checkIns() {
        return Collections.unmodifiableList(checkIns);
    }
}
