package org.dyad.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeFilesTest {

    @AfterEach
    void bundledOnly() {
        KnowledgeFiles.useFolder(null);
    }

    private static boolean hasPerson(List<String[]> rows, String name) {
        return rows.stream().anyMatch(r -> r[0].equals(name));
    }

    @Test
    void userRowsExtendTheBundledFile(@TempDir Path dir) throws IOException {
        int bundled = KnowledgeFiles.rows("office-holders.tsv", 7).size();
        Files.writeString(dir.resolve("office-holders.tsv"), "# mine\nperson\taliases\toffice\tcountry\tsector\tfrom\tto\n"
                + "Ada Quillfeather\t\tPresident\tFRA\tGOV\t2031-01-01\t\n");
        KnowledgeFiles.useFolder(dir);
        List<String[]> rows = KnowledgeFiles.rows("office-holders.tsv", 7);
        assertEquals(bundled + 1, rows.size());
        assertTrue(hasPerson(rows, "Ada Quillfeather"));
    }

    @Test
    void aReplaceLineDropsTheBundledRows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("office-holders.tsv"), "#replace\nperson\taliases\toffice\tcountry\tsector\tfrom\tto\n"
                + "Ada Quillfeather\t\tPresident\tFRA\tGOV\t2031-01-01\t\n");
        KnowledgeFiles.useFolder(dir);
        List<String[]> rows = KnowledgeFiles.rows("office-holders.tsv", 7);
        assertEquals(1, rows.size());
    }

    @Test
    void filesTheUserDoesNotHaveStayBundled(@TempDir Path dir) {
        KnowledgeFiles.useFolder(dir);
        assertFalse(KnowledgeFiles.rows("titles.tsv", 5).isEmpty());
    }

    @Test
    void aMissingFolderOrFileIsASetUpError(@TempDir Path dir) {
        assertThrows(IllegalStateException.class, () -> KnowledgeFiles.useFolder(dir.resolve("absent")));
        assertThrows(IllegalStateException.class, () -> KnowledgeFiles.rows("no-such-file.tsv", 2));
    }

    @Test
    void tooManyCellsNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("titles.tsv"), "#replace\na\tb\n1\t2\t3\n");
        KnowledgeFiles.useFolder(dir);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KnowledgeFiles.rows("titles.tsv", 2));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void entriesDropCommentsAndBlanks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.txt"), "#replace\n# a list\nwill  # future\n\n  shall\n");
        KnowledgeFiles.useFolder(dir);
        assertEquals(List.of("will", "shall"), KnowledgeFiles.entries("cues.txt"));
    }
}
