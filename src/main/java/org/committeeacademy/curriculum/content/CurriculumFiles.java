package org.committeeacademy.curriculum.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The curriculum folder (modules/ in the repository, bundled into the application): descriptors and materials. */
public final class CurriculumFiles {

    public static final String SERIES_FILE = "series.yaml";
    public static final String MODULE_FILE = "module.yaml";
    public static final String UNITS_FOLDER = "units";

    private final Path root;

    public CurriculumFiles(Path root) {
        this.root = root;
    }

    /** The module folders (those holding a module.yaml), by name, as paths relative to the root. */
    public List<String> moduleFolders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(MODULE_FILE)))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the curriculum folder " + root, e);
        }
    }

    /** A module folder's units (units/*.yaml), by name, as paths relative to the module folder. */
    public List<String> unitFiles(String moduleFolder) {
        Path units = resolve(moduleFolder + "/" + UNITS_FOLDER);
        if (!Files.isDirectory(units)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(units)) {
            return children.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .map(name -> UNITS_FOLDER + "/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + units, e);
        }
    }

    public String read(String relativePath) {
        try {
            return Files.readString(resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relativePath, e);
        }
    }

    /**
     * Whether a file a module's YAML names is a regular file inside that module folder: the path {@link #staysInside
     * stays inside} as written, and on the disk, too, so a link that leads out of the folder does not count.
     */
    public boolean exists(String moduleFolder, String file) {
        if (!staysInside(file) || !staysInside(moduleFolder)) {
            return false;
        }
        Path folder = resolve(moduleFolder);
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            return false;
        }
        try {
            return path.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The one rule for a file a module's YAML names, as written: a relative path with / (no \, no drive, not
     * absolute) and without a '..' segment, so it cannot leave the module folder.
     */
    public static boolean staysInside(String file) {
        if (file.isBlank()
                || file.startsWith("/")
                || file.contains("\\")
                || file.indexOf('\0') >= 0
                || file.matches("[A-Za-z]:.*")) {
            return false;
        }
        return !List.of(file.split("/")).contains("..");
    }

    /** SHA-256 over the named files, in the given order: a descriptor and the materials it refers to. */
    public String hash(List<String> relativePaths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String path : relativePaths) {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(resolve(path)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's path, for reading it as bytes; check {@link #exists} first. */
    public Path path(String relativePath) {
        return resolve(relativePath);
    }

    private Path resolve(String relativePath) {
        return root.resolve(relativePath).normalize();
    }
}
