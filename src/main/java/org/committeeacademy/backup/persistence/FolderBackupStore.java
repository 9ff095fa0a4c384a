package org.committeeacademy.backup.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.committeeacademy.backup.domain.Backup;
import org.committeeacademy.backup.domain.BackupStore;
import org.committeeacademy.shared.domain.ConflictException;

/**
 * Backups as folders in the backup folder: {@code <id>/db} is Derby's online backup of the database (consistent as of
 * the moment it began, taken while the application serves), {@code <id>/materials} the stored files. Material files
 * are written under their content's hash before the row naming them commits and never change, so copying them after
 * the database keeps every file the backed-up rows name. A backup is made in {@code <id>.part} and renamed once
 * complete, so a crash never leaves a half backup that looks whole; its marker file keeps when it began and the size
 * of its database and files.
 */
public class FolderBackupStore implements BackupStore {

    static final String MARKER = "backup.properties";
    private static final Pattern ID = Pattern.compile("backup-\\d{8}-\\d{6}(-\\d+)?");
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'backup-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource derby;
    private final Path dataDir;
    private final Path backupDir;
    private final Clock clock;

    /** {@code derby} is null when the database is not embedded Derby (PostgreSQL is backed up with its own tools). */
    public FolderBackupStore(DataSource derby, Path dataDir, Path backupDir, Clock clock) {
        this.derby = derby;
        this.dataDir = dataDir;
        this.backupDir = backupDir;
        this.clock = clock;
    }

    @Override
    public boolean canBackUpOnline() {
        return derby != null;
    }

    @Override
    public synchronized Backup make() {
        if (!canBackUpOnline()) {
            throw new ConflictException("backup.postgresql");
        }
        deleteUnfinished();
        Instant began = clock.instant();
        String id = freeId(began);
        Path part = backupDir.resolve(id + ".part");
        try {
            Files.createDirectories(part);
            backUpDatabase(part);
            FolderCopy.copy(dataDir.resolve("materials"), part.resolve("materials"), "incoming");
            Properties marker = new Properties();
            marker.setProperty("createdAt", began.toString());
            marker.setProperty("bytes", Long.toString(FolderCopy.size(part)));
            try (Writer out = Files.newBufferedWriter(part.resolve(MARKER))) {
                marker.store(out, "Committee Academy backup; restore with bin/restore");
            }
            Path done = Files.move(part, backupDir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return read(done).orElseThrow();
        } catch (IOException e) {
            FolderCopy.deleteQuietly(part);
            throw new UncheckedIOException("Backup " + id + " failed", e);
        } catch (RuntimeException e) {
            FolderCopy.deleteQuietly(part);
            throw e;
        }
    }

    private void backUpDatabase(Path into) {
        try (Connection connection = derby.getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, into.toAbsolutePath().toString());
            backup.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Derby's online backup failed: " + e.getMessage(), e);
        }
    }

    /** What a crash or a kill left in the middle of a backup (one backup runs at a time, so none is running now). */
    private void deleteUnfinished() {
        if (!Files.isDirectory(backupDir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(backupDir)) {
            folders.filter(f -> f.getFileName().toString().matches("backup-.*\\.part"))
                    .forEach(FolderCopy::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String freeId(Instant began) {
        String base = NAME.format(began);
        String id = base;
        for (int n = 2; Files.exists(backupDir.resolve(id)) || Files.exists(backupDir.resolve(id + ".part")); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    public List<Backup> all() {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(backupDir)) {
            return folders.filter(f -> ID.matcher(f.getFileName().toString()).matches())
                    .map(this::read)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Backup> read(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(marker)) {
            properties.load(in);
            Instant createdAt = Instant.parse(properties.getProperty("createdAt"));
            // measured once when made: the health check lists the backups on every probe
            long bytes = Long.parseLong(properties.getProperty("bytes"));
            return Optional.of(new Backup(
                    folder.getFileName().toString(),
                    createdAt,
                    folder.toAbsolutePath().toString(),
                    bytes));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String id) {
        if (id != null && ID.matcher(id).matches()) {
            FolderCopy.deleteQuietly(backupDir.resolve(id));
        }
    }
}
