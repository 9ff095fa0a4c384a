package org.committeeacademy.project.domain;

/**
 * Where a new project comes from: the creator, their committee, the organisation whose staff look after it, and, when
 * made from a canvas, the cohort and worksheet (null otherwise).
 */
public record ProjectOrigin(long creatorId, long committeeId, Long organisationId, Long cohortId, Long worksheetId) {}
