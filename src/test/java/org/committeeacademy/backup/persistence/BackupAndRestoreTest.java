package org.committeeacademy.backup.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.committeeacademy.backup.domain.Backup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of embedded Derby taken while two writers keep committing, restored with bin/restore into a fresh data dir
 * and opened from there: every write acknowledged before the backup began is in it, and so is every stored file.
 */
class BackupAndRestoreTest {

    @TempDir
    Path temp;

    private final List<String> databases = new java.util.ArrayList<>();

    /** One acknowledged write: its id and when its commit returned. */
    record Ack(long id, long at) {}

    @Test
    void aBackupUnderConcurrentWritesRestoresEveryWriteAcknowledgedBeforeItBegan() throws Exception {
        Path data = temp.resolve("data");
        EmbeddedDataSource live = derby(data.resolve("db"), true);
        try (Connection c = live.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE written (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
        }
        Path material = data.resolve("materials/ab/ab" + "0".repeat(62));
        Files.createDirectories(material.getParent());
        Files.writeString(material, "a worksheet template");
        Files.createDirectories(data.resolve("materials/incoming"));
        Files.writeString(data.resolve("materials/incoming/upload-1.part"), "half an upload");

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong ids = new AtomicLong();
        List<Thread> writers = List.of(writer(live, ids, acks, writing), writer(live, ids, acks, writing));
        writers.forEach(Thread::start);
        awaitAcks(acks, 200);

        FolderBackupStore store = new FolderBackupStore(live, data, data.resolve("backups"), Clock.systemUTC());
        long began = System.nanoTime();
        Backup backup = store.make();
        awaitAcks(acks, acks.size() + 100);
        writing.set(false);
        for (Thread w : writers) {
            w.join();
        }

        Path restored = temp.resolve("restored");
        Process restore = new ProcessBuilder("bin/restore", backup.path(), restored.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, restore.waitFor(), output);

        Set<Long> inBackup = ids(derby(restored.resolve("db"), false));
        List<Ack> before = acks.stream().filter(a -> a.at() < began).toList();
        assertTrue(before.size() >= 200, "writes were acknowledged before the backup began");
        before.forEach(a -> assertTrue(inBackup.contains(a.id()), "acknowledged write " + a.id() + " is restored"));
        assertTrue(acks.size() > inBackup.size(), "writes went on during and after the backup");
        assertEquals(
                "a worksheet template",
                Files.readString(restored.resolve(data.relativize(material).toString())));
        assertFalse(Files.exists(restored.resolve("materials/incoming")), "unfinished uploads are left out");
        assertEquals(List.of(backup), store.all());
        assertTrue(backup.bytes() > 0);
    }

    @Test
    void restoreRefusesADataDirThatIsNotEmptyUnlessForced() throws Exception {
        Path data = temp.resolve("data");
        EmbeddedDataSource live = derby(data.resolve("db"), true);
        try (Connection c = live.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE written (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
            s.execute("INSERT INTO written VALUES (1, 'kept')");
        }
        Path killedBefore = Files.createDirectories(temp.resolve("backups/backup-20261204-021000.part/db"));
        FolderBackupStore store = new FolderBackupStore(live, data, temp.resolve("backups"), Clock.systemUTC());
        Backup backup = store.make();
        assertFalse(Files.exists(killedBefore), "what a killed backup left is cleared away");
        assertEquals(List.of(backup), store.all());
        Path occupied = temp.resolve("occupied");
        Files.createDirectories(occupied.resolve("db"));
        Files.writeString(occupied.resolve("db/service.properties"), "another database");

        Process refused = new ProcessBuilder("bin/restore", backup.path(), occupied.toString())
                .redirectErrorStream(true)
                .start();
        String why = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, refused.waitFor());
        assertTrue(why.contains("not empty"), why);
        assertEquals("another database", Files.readString(occupied.resolve("db/service.properties")));

        Process forced = new ProcessBuilder("bin/restore", "--force", backup.path(), "--data", occupied.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(forced.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, forced.waitFor(), output);
        assertEquals(Set.of(1L), ids(derby(occupied.resolve("db"), false)));
    }

    private Thread writer(
            EmbeddedDataSource db, AtomicLong ids, ConcurrentLinkedQueue<Ack> acks, AtomicBoolean writing) {
        return new Thread(() -> {
            try (Connection c = db.getConnection();
                    PreparedStatement insert = c.prepareStatement("INSERT INTO written VALUES (?, ?)")) {
                while (writing.get()) {
                    long id = ids.incrementAndGet();
                    insert.setLong(1, id);
                    insert.setString(2, "write " + id);
                    insert.executeUpdate();
                    acks.add(new Ack(id, System.nanoTime()));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitAcks(ConcurrentLinkedQueue<Ack> acks, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (acks.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private EmbeddedDataSource derby(Path db, boolean create) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(db.toString());
        if (create) {
            source.setCreateDatabase("create");
        }
        databases.add(db.toString());
        return source;
    }

    private static Set<Long> ids(EmbeddedDataSource db) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id FROM written")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    @AfterEach
    void shutDown() throws IOException {
        for (String db : databases) {
            try {
                DriverManager.getConnection("jdbc:derby:" + db + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception (08006), or the database was never booted
            }
        }
    }
}
