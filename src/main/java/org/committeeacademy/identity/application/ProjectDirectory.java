package org.committeeacademy.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The local projects an ambassador's link may invite into, and their titles for the referrals page: the project
 * feature (above identity) answers, identity keeps only a project's id on a registration and a referral.
 */
public interface ProjectDirectory {

    /** A project by id and title. */
    record Choice(long projectId, String title) {}

    /** The projects the account takes part in and that are not done: those it may invite people into. */
    List<Choice> invitableBy(long accountId);

    /** The titles of these projects (those that still exist). */
    Map<Long, String> titles(Collection<Long> projectIds);
}
