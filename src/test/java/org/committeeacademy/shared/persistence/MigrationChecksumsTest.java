package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration, once released, has run on databases we cannot reach: editing it changes nothing there, and Flyway
 * refuses to start where its checksum no longer matches. So every migration's SHA-256 is recorded in
 * {@code src/test/resources/db/migration-checksums.txt}, and this test fails when one changes, goes missing or was never
 * recorded (see src/main/resources/db/migration/README.md).
 */
class MigrationChecksumsTest {

    private static final String FOLDER = "db/migration";
    private static final String LIST = "db/migration-checksums.txt";
    private static final String LIST_IN_SOURCES = "src/test/resources/" + LIST;

    /** The Java migrations' sources (for what SQL cannot do on both databases; their classes land in FOLDER). */
    private static final Path JAVA_SOURCES = Path.of("src/main/java/db/migration");

    /** What Flyway runs here: versioned migrations only (prefix V, separator __, suffix .sql, or a Java class). */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__\\w[\\w.-]*\\.(sql|java)");

    private static final Comparator<String> BY_VERSION =
            Comparator.comparingLong(MigrationChecksumsTest::version).thenComparing(Comparator.naturalOrder());

    @Test
    void noReleasedMigrationIsEditedOrRemoved() throws IOException {
        Map<String, String> files = migrationsOnTheClasspath();
        List<String> problems = new ArrayList<>();
        recorded().forEach((name, checksum) -> {
            String now = files.get(name);
            if (now == null) {
                problems.add(name + " is gone (or was renamed): a released migration stays as it is, because databases"
                        + " that ran it keep it in flyway_schema_history; restore it and add a new migration instead");
            } else if (!now.equals(checksum)) {
                problems.add(name + " was edited after release: add a new migration instead"
                        + " (restore it with `git checkout <released commit> -- src/main/resources/db/migration/" + name
                        + "`)");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyMigrationIsRecorded() throws IOException {
        Map<String, String> recorded = recorded();
        List<String> lines = migrationsOnTheClasspath().entrySet().stream()
                .filter(file -> !recorded.containsKey(file.getKey()))
                .map(file -> file.getKey() + " " + file.getValue())
                .toList();
        assertTrue(
                lines.isEmpty(),
                () -> "migrations without a recorded checksum: add these lines to " + LIST_IN_SOURCES
                        + " (from then on the file must not change; fix a mistake with a further migration):\n"
                        + String.join("\n", lines));
    }

    @Test
    void everySqlFileIsOneFlywayRuns() throws IOException {
        List<String> skipped;
        try (Stream<Path> files = Files.list(migrationFolder())) {
            skipped = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .filter(name -> !VERSIONED.matcher(name).matches())
                    .sorted()
                    .toList();
        }
        assertTrue(
                skipped.isEmpty(),
                () -> "Flyway silently skips these files; name them V<next number>__<what_it_does>.sql: " + skipped);
    }

    private static Map<String, String> migrationsOnTheClasspath() throws IOException {
        Map<String, String> checksums = new TreeMap<>(BY_VERSION);
        checksumsIn(migrationFolder(), checksums);
        assertTrue(Files.isDirectory(JAVA_SOURCES), JAVA_SOURCES + " is missing (run the tests from the project)");
        checksumsIn(JAVA_SOURCES, checksums);
        return checksums;
    }

    private static void checksumsIn(Path folder, Map<String, String> checksums) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (VERSIONED.matcher(name).matches()) {
                    checksums.put(name, sha256(Files.readAllBytes(file)));
                }
            }
        }
    }

    /** Lines "V5__enrolment_waiting_list.sql <sha-256 in hex>"; blank lines and lines starting with # are comments. */
    private static Map<String, String> recorded() throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        try (InputStream in = MigrationChecksumsTest.class.getClassLoader().getResourceAsStream(LIST)) {
            assertTrue(in != null, LIST_IN_SOURCES + " is missing");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                assertTrue(
                        parts.length == 2 && VERSIONED.matcher(parts[0]).matches(),
                        () -> LIST_IN_SOURCES + ": not \"<migration file> <sha-256>\": " + line);
                checksums.put(parts[0], parts[1].toLowerCase(Locale.ROOT));
            }
        }
        return checksums;
    }

    private static Path migrationFolder() {
        URL folder = MigrationChecksumsTest.class.getClassLoader().getResource(FOLDER);
        assertTrue(folder != null && "file".equals(folder.getProtocol()), FOLDER + " is not a folder on the classpath");
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long version(String name) {
        Matcher matcher = VERSIONED.matcher(name);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : Long.MAX_VALUE;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
