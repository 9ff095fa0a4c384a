package org.committeeacademy.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A committee's council information system: the URL of its OParl body, which of the body's organizations are the
 * committee and the council, and how the last syncs went. A failed sync is tried again after 5, 30 and 120 minutes,
 * then the next night; a successful one remembers when it started so the next asks only for what changed since.
 */
@Entity
@Table(name = "council_source")
public class CouncilSource {

    public static final int MAX_URL = 1000;
    public static final int MAX_DEADLINE_DAYS = 60;
    static final List<Duration> RETRIES =
            List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(120));
    /** A new URL or choice is synced by the job after this, unless staff sync it now (they usually do at once). */
    static final Duration FIRST_SYNC_AFTER = Duration.ofMinutes(10);

    @Id
    @Column(name = "committee_id")
    private Long committeeId;

    @Column(name = "body_url")
    private String bodyUrl;

    @Column(name = "committee_organization")
    private String committeeOrganization;

    @Column(name = "council_organization")
    private String councilOrganization;

    @Column(name = "motion_deadline_days")
    private Integer motionDeadlineDays;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "modified_since")
    private Instant modifiedSince;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    private int failures;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "meeting_count")
    private int meetingCount;

    @Column(name = "paper_count")
    private int paperCount;

    @Column(name = "skipped_count")
    private int skippedCount;

    @Version
    @Column(name = "row_version")
    private long version;

    protected CouncilSource() {}

    public CouncilSource(long committeeId, String bodyUrl, Instant now) {
        this.committeeId = committeeId;
        point(bodyUrl, now);
    }

    /**
     * A new body URL: the next sync is a full one, by the job within {@link #FIRST_SYNC_AFTER} (which leaves staff
     * time to sync now without meeting the job). What was imported stays until it succeeds.
     */
    public final void point(String url, Instant now) {
        String checked = checkedUrl(url);
        if (!checked.equals(bodyUrl)) {
            bodyUrl = checked;
            committeeOrganization = null;
            councilOrganization = null;
            modifiedSince = null;
        }
        failures = 0;
        nextAttemptAt = now.plus(FIRST_SYNC_AFTER);
    }

    /** The organizations that are "our committee" and "the council"; null lets the sync match them by name. */
    public void choose(String committeeOrganization, String councilOrganization, Instant now) {
        String committee = blankToNull(committeeOrganization);
        String council = blankToNull(councilOrganization);
        if (!java.util.Objects.equals(committee, this.committeeOrganization)
                || !java.util.Objects.equals(council, this.councilOrganization)) {
            this.committeeOrganization = committee;
            this.councilOrganization = council;
            modifiedSince = null;
            nextAttemptAt = now.plus(FIRST_SYNC_AFTER);
        }
    }

    public void deadlineDays(Integer days) {
        if (days != null && (days < 0 || days > MAX_DEADLINE_DAYS)) {
            throw new ValidationException("motionDeadlineDays", "council.deadline.invalid");
        }
        motionDeadlineDays = days;
    }

    /** The organizations found by name when none was chosen, kept so the next syncs read the same ones. */
    public void matched(String committeeOrganization, String councilOrganization) {
        if (this.committeeOrganization == null) {
            this.committeeOrganization = committeeOrganization;
        }
        if (this.councilOrganization == null) {
            this.councilOrganization = councilOrganization;
        }
    }

    public void succeeded(Instant startedAt, Instant now, int meetings, int papers, int skipped, Instant nextNight) {
        lastSuccessAt = now;
        lastAttemptAt = now;
        modifiedSince = startedAt;
        failures = 0;
        lastError = null;
        meetingCount = meetings;
        paperCount = papers;
        skippedCount = skipped;
        nextAttemptAt = nextNight;
    }

    /** A failed sync: nothing imported changes; the next attempt follows the back-off, then the next night. */
    public void failed(Instant now, String error, Instant nextNight) {
        lastAttemptAt = now;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = failures < RETRIES.size() ? now.plus(RETRIES.get(failures)) : nextNight;
        failures++;
    }

    public boolean due(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    static String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (trimmed.length() > MAX_URL
                    || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw new ValidationException("bodyUrl", "council.bodyUrl.invalid");
            }
            return trimmed;
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException("bodyUrl", "council.bodyUrl.invalid");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long committeeId() {
        return committeeId;
    }

    public String bodyUrl() {
        return bodyUrl;
    }

    public String committeeOrganization() {
        return committeeOrganization;
    }

    public String councilOrganization() {
        return councilOrganization;
    }

    public Integer motionDeadlineDays() {
        return motionDeadlineDays;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    /** Null until a full sync succeeded: then the start of the last successful one. */
    public Instant modifiedSince() {
        return modifiedSince;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int failures() {
        return failures;
    }

    public String lastError() {
        return lastError;
    }

    public int meetingCount() {
        return meetingCount;
    }

    public int paperCount() {
        return paperCount;
    }

    public int skippedCount() {
        return skippedCount;
    }
}
