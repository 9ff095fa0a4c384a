package org.committeeacademy.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for a file a module's YAML names: it stays inside the module folder, as written and on the disk. */
class CurriculumFilesTest {

    @TempDir
    Path root;

    private CurriculumFiles files;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(root.resolve("01-first/materials"));
        Files.writeString(root.resolve("01-first/materials/a.md"), "a");
        Files.createDirectories(root.resolve("02-second"));
        Files.writeString(root.resolve("02-second/b.md"), "b");
        Files.writeString(root.resolve("outside.md"), "not the module's");
        files = new CurriculumFiles(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"materials/a.md", "./materials/a.md", "materials//a.md", "a b/c.md", "x..y.md"})
    void aRelativePathWithSlashesStaysInside(String file) {
        assertTrue(CurriculumFiles.staysInside(file), file);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/etc/passwd",
                "../outside.md",
                "materials/../../outside.md",
                "materials/..",
                "..",
                "materials\\a.md",
                "C:/x.md",
                "c:x.md",
                "",
                " ",
                "a\u0000.md"
            })
    void anAbsolutePathOrOneWithDotDotDoesNot(String file) {
        assertFalse(CurriculumFiles.staysInside(file), file);
        assertFalse(files.exists("01-first", file), file);
    }

    @Test
    void aFileOfTheModuleFolderExistsThereOnly() {
        assertTrue(files.exists("01-first", "materials/a.md"));
        assertTrue(files.exists("01-first", "./materials/a.md"));
        assertFalse(files.exists("01-first", "materials"), "a folder is no file");
        assertFalse(files.exists("01-first", "materials/missing.md"));
        assertFalse(files.exists("02-second", "materials/a.md"), "another module's file is not this module's");
        assertFalse(files.exists("..", "outside.md"), "the folder itself must stay inside the curriculum");
    }

    @Test
    void aLinkOutOfTheModuleFolderDoesNotCount() throws IOException {
        Path link = root.resolve("01-first/materials/link.md");
        Path folderLink = root.resolve("01-first/other");
        Files.createSymbolicLink(link, root.resolve("outside.md"));
        Files.createSymbolicLink(folderLink, root.resolve("02-second"));
        assertTrue(Files.isRegularFile(link), "the link itself leads to a file");
        assertFalse(files.exists("01-first", "materials/link.md"));
        assertFalse(files.exists("01-first", "other/b.md"));
        Path inside = root.resolve("01-first/materials/inside.md");
        Files.createSymbolicLink(inside, root.resolve("01-first/materials/a.md"));
        assertTrue(files.exists("01-first", "materials/inside.md"), "a link within the folder is fine");
    }
}
