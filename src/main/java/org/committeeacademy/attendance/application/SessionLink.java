package org.committeeacademy.attendance.application;

import java.time.LocalDateTime;
import org.committeeacademy.shared.domain.LocalizedText;

/** A session of a cohort, for a link to its attendance list. */
public record SessionLink(long id, LocalizedText moduleTitle, LocalDateTime start) {}
