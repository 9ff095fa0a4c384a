package org.committeeacademy.curriculum.application;

/** The curriculum in the database changed (loaded from modules/ or edited); cached views of it are stale. */
public record CurriculumChanged() {}
