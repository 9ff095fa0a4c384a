package org.committeeacademy.material.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.committeeacademy.material.domain.FileType;
import org.committeeacademy.material.domain.Samples;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.domain.UploadRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialFilesTest {

    @TempDir
    Path root;

    @Test
    void storesAcceptedFilesUnderTheirSha256() throws IOException {
        StoredFile stored =
                new MaterialFiles(root, 1000).receive(new ByteArrayInputStream(Samples.pdf()), "x/Folien.pdf");
        assertEquals(FileType.PDF, stored.type());
        assertEquals("Folien.pdf", stored.fileName());
        assertEquals(Samples.pdf().length, stored.size());
        assertEquals(stored.sha256().substring(0, 2) + "/" + stored.sha256(), stored.storageKey());
        Path file = new MaterialFiles(root, 1000).find(stored.storageKey()).orElseThrow();
        assertEquals(Samples.pdf().length, Files.size(file));
        assertEquals(1, files().size());
    }

    @Test
    void leavesNothingBehindWhenRefused() throws IOException {
        MaterialFiles store = new MaterialFiles(root, 1000);
        assertThrows(UploadRefused.class, () -> store.receive(new ByteArrayInputStream(Samples.html()), "a.pdf"));
        assertEquals(0, files().size());
    }

    @Test
    void stopsReadingOneByteAfterTheLimit() throws IOException {
        MaterialFiles store = new MaterialFiles(root, 1024);
        CountingEndlessPdf endless = new CountingEndlessPdf();
        UploadRefused refused = assertThrows(UploadRefused.class, () -> store.receive(endless, "big.pdf"));
        assertEquals(UploadRefused.TOO_LARGE, refused.violations().get(0).messageKey());
        assertEquals(1025, endless.read);
        assertEquals(0, files().size());
    }

    @Test
    void findsOnlyWellFormedKeys() {
        MaterialFiles store = new MaterialFiles(root, 1000);
        assertTrue(store.find("../../etc/passwd").isEmpty());
        assertTrue(store.find("ab/" + "0".repeat(64)).isEmpty());
    }

    @Test
    void sweepDeletesOnlyStaleFilesNobodyNames() throws IOException {
        MaterialFiles store = new MaterialFiles(root, 1000);
        StoredFile kept = store.receive(new ByteArrayInputStream(Samples.pdf()), "kept.pdf");
        StoredFile dropped = store.receive(new ByteArrayInputStream(Samples.png()), "dropped.png");
        Path half = Files.createDirectories(root.resolve("incoming")).resolve("upload-1.part");
        Files.write(half, new byte[] {1, 2, 3});
        Instant now = Instant.now();

        assertEquals(0, store.sweep(Set.of(kept.storageKey()), now.minusSeconds(3600)), "all are fresh");
        assertEquals(2, store.sweep(Set.of(kept.storageKey()), now.plusSeconds(1)));

        assertTrue(store.find(kept.storageKey()).isPresent());
        assertTrue(store.find(dropped.storageKey()).isEmpty());
        assertFalse(Files.exists(half));
    }

    @Test
    void receivingEqualContentAgainMakesTheStoredFileFreshForTheSweep() throws IOException {
        MaterialFiles store = new MaterialFiles(root, 1000);
        StoredFile first = store.receive(new ByteArrayInputStream(Samples.pdf()), "a.pdf");
        Path file = store.find(first.storageKey()).orElseThrow();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(7200)));

        store.receive(new ByteArrayInputStream(Samples.pdf()), "b.pdf");

        assertEquals(0, store.sweep(Set.of(), Instant.now().minusSeconds(3600)));
        assertTrue(store.find(first.storageKey()).isPresent());
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static final class CountingEndlessPdf extends InputStream {
        long read;

        @Override
        public int read() {
            return read++ < 5 ? "%PDF-".charAt((int) read - 1) : 'x';
        }
    }
}
