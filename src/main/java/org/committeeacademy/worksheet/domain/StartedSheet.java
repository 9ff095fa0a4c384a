package org.committeeacademy.worksheet.domain;

/** That a member's worksheet of a template exists in a cohort: the worksheet's unique key, without its content. */
public record StartedSheet(long memberId, String moduleKey, String templateKey) {}
