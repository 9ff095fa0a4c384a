package org.committeeacademy.project.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One committee's local projects, counted for the dashboard: projects by status, the check-ins recorded and how many
 * of them saw people work together who did not know each other, and newcomers take a leading role. A committee is
 * shown only when at least {@link #MIN_PEOPLE} people take part in its projects, so no figure points to a person (the
 * rule the dashboard keeps for goals).
 */
public record CommitteeProjects(
        long committeeId,
        int people,
        int ideas,
        int planning,
        int running,
        int done,
        int checkIns,
        int strangersTogether,
        int newcomersLed)
        implements Serializable {

    public static final int MIN_PEOPLE = 5;

    public int projects() {
        return ideas + planning + running + done;
    }

    /** The projects counted per committee, the committees with enough people only, by committee id. */
    public static List<CommitteeProjects> of(Collection<Project> projects) {
        Map<Long, List<Project>> byCommittee = projects.stream().collect(Collectors.groupingBy(Project::committeeId));
        List<CommitteeProjects> result = new ArrayList<>();
        byCommittee.forEach((committee, list) -> {
            Set<Long> people = new HashSet<>();
            Map<ProjectStatus, Integer> statuses = new EnumMap<>(ProjectStatus.class);
            int checkIns = 0;
            int strangers = 0;
            int newcomers = 0;
            for (Project p : list) {
                p.participants().forEach(x -> people.add(x.accountId()));
                statuses.merge(p.status(), 1, Integer::sum);
                for (ProjectCheckIn c : p.checkIns()) {
                    checkIns++;
                    strangers += c.answers().strangersTogether() == Answer.YES ? 1 : 0;
                    newcomers += c.answers().newcomersLed() == Answer.YES ? 1 : 0;
                }
            }
            if (people.size() >= MIN_PEOPLE) {
                result.add(new CommitteeProjects(
                        committee,
                        people.size(),
                        statuses.getOrDefault(ProjectStatus.IDEA, 0),
                        statuses.getOrDefault(ProjectStatus.PLANNING, 0),
                        statuses.getOrDefault(ProjectStatus.RUNNING, 0),
                        statuses.getOrDefault(ProjectStatus.DONE, 0),
                        checkIns,
                        strangers,
                        newcomers));
            }
        });
        result.sort(Comparator.comparingLong(CommitteeProjects::committeeId));
        return result;
    }
}
