package org.committeeacademy.worksheet.domain;

import java.util.List;
import java.util.Optional;

public interface WorksheetRepository {

    Optional<Worksheet> find(long id);

    List<Worksheet> ofMember(long memberId);

    List<Worksheet> ofCohort(long cohortId);

    void add(Worksheet worksheet);

    /** Cohorts where the member holds a confirmed or completed place: only there do worksheets exist. */
    List<Long> seatedCohorts(long memberId);

    /** Members holding a confirmed or completed place in the cohort. */
    List<Long> seatedMembers(long cohortId);
}
