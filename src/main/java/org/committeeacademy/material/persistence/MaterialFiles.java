package org.committeeacademy.material.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.committeeacademy.material.domain.FileName;
import org.committeeacademy.material.domain.FileType;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.domain.UploadRefused;

/**
 * The folder of uploaded material files, outside the web root. A file is received into a temporary file (at most
 * the limit plus one byte is read), checked, and only then moved under its SHA-256 (sharded by the first two hex
 * digits); a refused file leaves nothing behind. Equal content is stored once.
 */
public class MaterialFiles {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");

    private final Path root;
    private final long maxBytes;

    public MaterialFiles(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public StoredFile receive(InputStream content, String uploadedName) throws IOException {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(content, out, maxBytes + 1);
            }
            if (size > maxBytes) {
                throw new UploadRefused(UploadRefused.TOO_LARGE);
            }
            String name = FileName.sanitise(uploadedName);
            FileType type = FileType.of(temp, name);
            String hex = HexFormat.of().formatHex(sha.digest());
            String key = hex.substring(0, 2) + "/" + hex;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            sync(temp);
            if (Files.exists(target)) {
                // equal content is kept once; touching it tells the sweeper it is wanted again
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            } else {
                move(temp, target);
            }
            return new StoredFile(key, name, type, size, hex);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The stored file, if it is (still) there. */
    public Optional<Path> find(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(storageKey);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Deletes stored files no material version names any more, and uploads left half-way, when they were last
     * written before {@code before}. The grace time covers uploads whose transaction has not committed yet: a file
     * received (or received again) since then is never touched. Returns how many files were deleted.
     */
    public int sweep(Set<String> referenced, Instant before) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> all = Files.walk(root, 2)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String key = root.relativize(file).toString().replace('\\', '/');
                boolean stale = Files.getLastModifiedTime(file).toInstant().isBefore(before);
                boolean orphan = KEY.matcher(key).matches() ? !referenced.contains(key) : key.startsWith("incoming/");
                if (stale && orphan && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (total < limit) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
