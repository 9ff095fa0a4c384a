package org.committeeacademy.shared.config;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's settings, read from MicroProfile Config (defaults in config/microprofile-config.properties,
 * overridable by environment variables such as ACADEMY_DATA_DIR). Read directly rather than injected because the
 * data source is created by the container before CDI is available.
 */
public final class AcademySettings {

    private final Config config;

    private AcademySettings(Config config) {
        this.config = config;
    }

    public static AcademySettings current() {
        // The class loader is given explicitly: the container may create the data source on a thread without one.
        return new AcademySettings(ConfigProvider.getConfig(AcademySettings.class.getClassLoader()));
    }

    public Path dataDir() {
        return Path.of(config.getOptionalValue("academy.data.dir", String.class).orElse("./data"))
                .toAbsolutePath()
                .normalize();
    }

    /** A curriculum folder to load instead of the one bundled with the application (e.g. a checkout's modules/). */
    public Optional<Path> curriculumDir() {
        return nonBlank("academy.curriculum.dir").map(Path::of);
    }

    /** How the UI names the body: integrationsrat, integrationsausschuss or ausschuss-chancengerechtigkeit. */
    public String terminology() {
        return nonBlank("academy.terminology").orElse("ausschuss-chancengerechtigkeit");
    }

    public boolean demoData() {
        return config.getOptionalValue("academy.demo.data", Boolean.class).orElse(false);
    }

    public Optional<String> databaseUrl() {
        return nonBlank("academy.db.url");
    }

    public Optional<String> databaseUser() {
        return nonBlank("academy.db.user");
    }

    public Optional<String> databasePassword() {
        return nonBlank("academy.db.password");
    }

    /** Months after a member's last cohort ended (or the account was opened) until their data is erased. */
    public int retentionMonths() {
        return Math.max(
                1,
                config.getOptionalValue("academy.retention.months", Integer.class)
                        .orElse(24));
    }

    /** Days a sent, failed or held mail stays in the outbox before it is deleted (ACADEMY_OUTBOX_KEEP_DAYS). */
    public int outboxKeepDays() {
        return Math.max(
                1,
                config.getOptionalValue("academy.outbox.keep.days", Integer.class)
                        .orElse(90));
    }

    /** The largest file a trainer may upload as material (ACADEMY_UPLOAD_MAX_MB, default 20). */
    public long uploadMaxBytes() {
        int megabytes =
                config.getOptionalValue("academy.upload.max.mb", Integer.class).orElse(20);
        return Math.max(1, megabytes) * 1024L * 1024L;
    }

    /** For how many days after a session its trainers may still correct attendance (ACADEMY_ATTENDANCE_CORRECTION_DAYS). */
    public int attendanceCorrectionDays() {
        return Math.max(
                0,
                config.getOptionalValue("academy.attendance.correction.days", Integer.class)
                        .orElse(14));
    }

    /**
     * How many minutes before an online or hybrid session its "Teilnehmen" button appears (ACADEMY_JOIN_OPENS_MINUTES,
     * default 15, at most a day); it stays until the session ends.
     */
    public int joinOpensMinutes() {
        int minutes = config.getOptionalValue("academy.join.opens.minutes", Integer.class)
                .orElse(15);
        return Math.min(24 * 60, Math.max(0, minutes));
    }

    /** After how many absences in a cohort a member and the trainers are warned (ACADEMY_ABSENCE_WARNING_AFTER). */
    public int absenceWarningAfter() {
        return config.getOptionalValue("academy.absence.warning.after", Integer.class)
                .orElse(2);
    }

    /** The address people reach the application at, for links printed on paper (ACADEMY_PUBLIC_URL). */
    public Optional<String> publicUrl() {
        return nonBlank("academy.public.url").map(url -> url.replaceAll("/+$", ""));
    }

    /**
     * Hosts (optionally host:port) whose name in a request may be used in links when ACADEMY_PUBLIC_URL is not set
     * (ACADEMY_ALLOWED_HOSTS, comma-separated, lower case); empty: links use http://localhost:&lt;port&gt;.
     */
    public java.util.List<String> allowedHosts() {
        return nonBlank("academy.allowed.hosts")
                .map(hosts -> java.util.Arrays.stream(hosts.split(","))
                        .map(h -> h.trim().toLowerCase(java.util.Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList())
                .orElse(java.util.List.of());
    }

    /** The largest JSON body the API parses (ACADEMY_API_MAX_JSON_KB, default 1024); larger ones are answered 413. */
    public long apiMaxJsonBytes() {
        int kilobytes = config.getOptionalValue("academy.api.max.json.kb", Integer.class)
                .orElse(1024);
        return Math.max(1, kilobytes) * 1024L;
    }

    /** Interest-list confirmation mails to one address per 24 hours (ACADEMY_INTEREST_MAILS_PER_ADDRESS, default 3). */
    public int interestMailsPerAddress() {
        return Math.max(
                1,
                config.getOptionalValue("academy.interest.mails.per.address", Integer.class)
                        .orElse(3));
    }

    /** Interest-list sign-ups from one client address per hour (ACADEMY_INTEREST_SIGNUPS_PER_CLIENT, default 20). */
    public int interestSignUpsPerClient() {
        return Math.max(
                1,
                config.getOptionalValue("academy.interest.signups.per.client", Integer.class)
                        .orElse(20));
    }

    /** Where backups are made and kept (ACADEMY_BACKUP_DIR, default the data dir's backups folder). */
    public Path backupDir() {
        return nonBlank("academy.backup.dir")
                .map(Path::of)
                .orElseGet(() -> dataDir().resolve("backups"))
                .toAbsolutePath()
                .normalize();
    }

    /** How many backups are kept; the nightly backup deletes older ones (ACADEMY_BACKUP_KEEP, default 7). */
    public int backupKeep() {
        return Math.max(
                1, config.getOptionalValue("academy.backup.keep", Integer.class).orElse(7));
    }

    /**
     * Whether each response names the SQL statements it cost in the header {@code Academy-Sql-Statements}
     * (ACADEMY_STATEMENT_COUNT, default false): a diagnosis for benchmarks and tests, see docs/benchmarks.md.
     */
    public boolean statementCount() {
        return config.getOptionalValue("academy.statement.count", Boolean.class).orElse(false);
    }

    /** A token that lets a scraper read /metrics as {@code Authorization: Bearer <token>} (ACADEMY_METRICS_TOKEN). */
    public Optional<String> metricsToken() {
        return nonBlank("academy.metrics.token");
    }

    /**
     * True when this instance is one of several on one PostgreSQL (ACADEMY_CLUSTER=true): scheduled jobs then take
     * a lease in the database before they run, and the start refuses embedded Derby (README "Running a cluster").
     */
    public boolean cluster() {
        return config.getOptionalValue("academy.cluster", Boolean.class).orElse(false);
    }

    private Optional<String> nonBlank(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
