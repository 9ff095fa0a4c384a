package org.committeeacademy.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person in a project, with their role and, if they chose to say so, whether they are new here. */
@Entity
@Table(name = "project_participant")
public class ProjectParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_role")
    private ProjectRole role;

    @Enumerated(EnumType.STRING)
    private Residence residence;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected ProjectParticipant() {}

    ProjectParticipant(Project project, long accountId, ProjectRole role, Instant now) {
        this.project = project;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
    }

    void changeRole(ProjectRole newRole) {
        this.role = newRole;
    }

    void describe(Residence newResidence) {
        this.residence = newResidence;
    }

    public long accountId() {
        return accountId;
    }

    public ProjectRole role() {
        return role;
    }

    public Residence residence() {
        return residence;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
