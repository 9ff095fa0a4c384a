package org.committeeacademy.backup.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One complete backup: its folder's name as id, the moment it began (everything acknowledged before it is in it), the
 * folder and its size in bytes.
 */
public record Backup(String id, Instant createdAt, String path, long bytes) {

    public boolean isOlderThan(Duration age, Instant now) {
        return createdAt.plus(age).isBefore(now);
    }
}
