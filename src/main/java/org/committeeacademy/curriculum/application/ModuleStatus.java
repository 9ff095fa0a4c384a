package org.committeeacademy.curriculum.application;

import java.time.Instant;
import org.committeeacademy.shared.domain.LocalizedText;

/** A module as the curriculum page lists it: which version is current, since when, and whether texts are local. */
public record ModuleStatus(
        String key, LocalizedText title, int version, String contentHash, Instant loadedAt, boolean locallyEdited) {

    public String shortHash() {
        return contentHash.substring(0, Math.min(12, contentHash.length()));
    }
}
