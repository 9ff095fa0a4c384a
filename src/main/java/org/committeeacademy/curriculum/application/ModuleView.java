package org.committeeacademy.curriculum.application;

import org.committeeacademy.shared.domain.LocalizedText;

/** A module with its current version's content (JSON), read-only. */
public record ModuleView(
        String key, int version, LocalizedText title, LocalizedText summary, int durationMinutes, String content) {}
