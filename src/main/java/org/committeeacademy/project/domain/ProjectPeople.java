package org.committeeacademy.project.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.domain.ValidationException;

/** The rules on a project's people, applied by {@link Project} to its own list: it always keeps a coordinator. */
final class ProjectPeople {

    private ProjectPeople() {}

    /** Adds a participant or changes their role; the last coordinator cannot give up coordinating. */
    static ProjectParticipant join(
            Project project, List<ProjectParticipant> people, long accountId, ProjectRole role, Instant now) {
        if (role == null) {
            throw new ValidationException("role", "validation.required");
        }
        Optional<ProjectParticipant> existing = find(people, accountId);
        if (existing.isPresent()) {
            if (existing.get().role() == ProjectRole.COORDINATION && role != ProjectRole.COORDINATION) {
                requireAnotherCoordinator(people, accountId);
            }
            existing.get().changeRole(role);
            return existing.get();
        }
        ProjectParticipant participant = new ProjectParticipant(project, accountId, role, now);
        people.add(participant);
        return participant;
    }

    static void leave(List<ProjectParticipant> people, long accountId) {
        ProjectParticipant participant = find(people, accountId)
                .orElseThrow(() -> new ValidationException("accountId", "project.notParticipant"));
        if (participant.role() == ProjectRole.COORDINATION) {
            requireAnotherCoordinator(people, accountId);
        }
        people.remove(participant);
    }

    static Optional<ProjectParticipant> find(List<ProjectParticipant> people, long accountId) {
        return people.stream().filter(p -> p.accountId() == accountId).findFirst();
    }

    private static void requireAnotherCoordinator(List<ProjectParticipant> people, long accountId) {
        boolean another =
                people.stream().anyMatch(p -> p.accountId() != accountId && p.role() == ProjectRole.COORDINATION);
        if (!another) {
            throw new ValidationException("role", "project.lastCoordinator");
        }
    }
}
