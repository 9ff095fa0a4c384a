package org.committeeacademy.backup.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The backups there are, newest first: which one is the latest, which to discard to keep a count, whether it is stale. */
public final class BackupShelf {

    /** A backup older than this is worth a warning: the nightly backup failed at least twice. */
    public static final Duration STALE_AFTER = Duration.ofDays(2);

    private final List<Backup> newestFirst;

    public BackupShelf(List<Backup> backups) {
        this.newestFirst = backups.stream()
                .sorted(Comparator.comparing(Backup::createdAt)
                        .thenComparing(Backup::id)
                        .reversed())
                .toList();
    }

    public List<Backup> newestFirst() {
        return newestFirst;
    }

    public Optional<Backup> latest() {
        return newestFirst.stream().findFirst();
    }

    /** The backups beyond the newest {@code keep} (at least one is always kept). */
    public List<Backup> beyond(int keep) {
        int kept = Math.max(1, keep);
        return newestFirst.size() <= kept ? List.of() : newestFirst.subList(kept, newestFirst.size());
    }

    /** No backup at all, or the latest is older than {@link #STALE_AFTER}. */
    public boolean isStale(Instant now) {
        return latest().map(b -> b.isOlderThan(STALE_AFTER, now)).orElse(true);
    }
}
