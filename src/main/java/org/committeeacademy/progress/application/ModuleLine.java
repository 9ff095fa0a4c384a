package org.committeeacademy.progress.application;

import org.committeeacademy.progress.domain.ModuleProgress;
import org.committeeacademy.shared.domain.LocalizedText;

/** A module's progress with its title, for pages and the API. */
public record ModuleLine(String key, LocalizedText title, ModuleProgress progress) {}
