package org.committeeacademy.identity.application;

import java.util.Map;

/**
 * The organisations an account may belong to, as identity needs them: the organisation feature sits above identity
 * and implements this port, so an account keeps its organisation as a plain id.
 */
public interface OrganisationDirectory {

    /** Whether the organisation exists and still takes new accounts (it is not deactivated). */
    boolean isActive(long organisationId);

    /** Every organisation's name by id, deactivated ones included, for lists of accounts. */
    Map<Long, String> names();

    /** The active organisations' names by id, for choices (e.g. where a request to join goes). */
    Map<Long, String> activeNames();
}
