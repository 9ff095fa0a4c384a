package org.committeeacademy.material.application;

/** The database names a file that is no longer in the store (deleted or lost on disk). */
public class FileMissingException extends RuntimeException {

    public FileMissingException(String storageKey) {
        super("material file missing: " + storageKey);
    }
}
