package org.committeeacademy.curriculum.content;

import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/** The series descriptor (modules/series.yaml) that passed validation: its modules' keys in order. */
public record SeriesDescriptor(String key, LocalizedText title, LocalizedText summary, List<String> moduleKeys) {}
