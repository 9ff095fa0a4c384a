package org.committeeacademy.material.domain;

import java.io.Serializable;

/** A file that passed the upload checks and lies in the store under its key. */
public record StoredFile(String storageKey, String fileName, FileType type, long size, String sha256)
        implements Serializable {}
