package org.committeeacademy.attendance.rest;

/** A member's apology for a session: an optional short note. */
public record ApologyDto(String note) {}
