package org.committeeacademy.profile.domain;

/** Who sees what a person offers: nobody, the people of their own cohorts, or every signed-in member. */
public enum TalentVisibility {
    NOBODY,
    COHORT,
    ALL_MEMBERS;

    /**
     * @param sharesCohort the viewer sits in (or teaches) a cohort with the person
     * @param signedInMember the viewer is a signed-in committee member
     */
    public boolean visibleTo(boolean sharesCohort, boolean signedInMember) {
        return switch (this) {
            case NOBODY -> false;
            case COHORT -> sharesCohort;
            case ALL_MEMBERS -> sharesCohort || signedInMember;
        };
    }
}
