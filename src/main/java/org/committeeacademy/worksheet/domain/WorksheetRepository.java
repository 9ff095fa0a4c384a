package org.committeeacademy.worksheet.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface WorksheetRepository {

    Optional<Worksheet> find(long id);

    List<Worksheet> ofMember(long memberId);

    List<Worksheet> ofCohort(long cohortId);

    /** The member's worksheets as a list shows them, newest course first, without answers or versions. */
    List<WorksheetHeading> headingsOf(long memberId);

    /** Which of these members' worksheets exist in the cohort (their keys only, no content). */
    Set<StartedSheet> started(long cohortId, Collection<Long> memberIds);

    void add(Worksheet worksheet);

    /** Cohorts where the member holds a confirmed or completed place: only there do worksheets exist. */
    List<Long> seatedCohorts(long memberId);

    /** Members holding a confirmed or completed place in the cohort. */
    List<Long> seatedMembers(long cohortId);
}
