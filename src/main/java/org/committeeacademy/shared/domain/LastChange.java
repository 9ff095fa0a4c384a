package org.committeeacademy.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The edit version of an object people change through pages and the API (its ETag), and who changed it last and when.
 * It moves only with edits, not with counters the application keeps on the same row (a cohort's seats), so an
 * enrolment never makes a colleague's open form stale. Concurrent commits are still caught by the row's
 * {@code @Version}.
 */
@Embeddable
public class LastChange {

    @Column(name = "edit_version")
    private long version;

    /** The account's id, not its name, so an erased account leaves no name behind. */
    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    public LastChange() {}

    /** Throws when the caller edited what they saw at another version; null expects nothing (no If-Match). */
    public void requireVersion(Long expected, String changedByName) {
        if (expected != null && expected != version) {
            throw new StaleVersionException(version, changedByName, changedAt);
        }
    }

    public void record(Long accountId, Instant at) {
        version++;
        changedBy = accountId;
        changedAt = at;
    }

    public long version() {
        return version;
    }

    public Long changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
