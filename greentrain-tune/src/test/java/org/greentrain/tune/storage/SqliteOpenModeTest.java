package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modes that require an existing greentrain database leave every other file exactly as they found it. */
class SqliteOpenModeTest {

    private static final List<OpenMode> REQUIRING = List.of(OpenMode.EXISTING, OpenMode.READ);

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsRefusedAndNeitherItNorItsDirectoryIsCreated() {
        Path file = dir.resolve("missing/dir/x.db");
        for (OpenMode mode : REQUIRING) {
            assertThatThrownBy(() -> Storages.open("sqlite:" + file, mode)).isInstanceOf(NoStorageException.class)
                    .hasMessage("no greentrain storage at sqlite:" + file + " (no such file)");
            assertThat(dir.resolve("missing")).doesNotExist();
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE foo (x INTEGER)");
            st.execute("INSERT INTO foo VALUES (42)");
        }
        byte[] before = Files.readAllBytes(file);
        for (OpenMode mode : REQUIRING) {
            assertThatThrownBy(() -> Storages.open("sqlite:" + file, mode)).isInstanceOf(NoStorageException.class)
                    .hasMessage("no greentrain storage at sqlite:" + file
                            + " (the database holds no greentrain schema)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("foreign.db");
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "not a database, just some text that is long enough to look like a header\n");
        byte[] before = Files.readAllBytes(file);
        for (OpenMode mode : REQUIRING) {
            assertThatThrownBy(() -> Storages.open("sqlite:" + file, mode)).isInstanceOf(NoStorageException.class)
                    .hasMessage("no greentrain storage at sqlite:" + file + " (not an SQLite database)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void greentrainsOwnDatabaseOpensInEveryModeWithItsStudies() {
        Path file = dir.resolve("studies.db");
        try (Storage storage = new SqliteStorage(file)) {
            StorageContract.unitStudy(storage, "kept");
        }
        for (OpenMode mode : OpenMode.values()) {
            try (Storage storage = Storages.open("sqlite:" + file, mode)) {
                assertThat(storage.studies()).extracting(StudyRecord::name).containsExactly("kept");
            }
        }
    }

    @Test
    void aReaderRefusesAnOlderSchemaInsteadOfMigratingIt() throws Exception {
        Path file = dir.resolve("old.db");
        new SqliteStorage(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM schema_version");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Storages.open("sqlite:" + file, OpenMode.READ))
                .isInstanceOf(StorageException.class).isNotInstanceOf(NoStorageException.class)
                .hasMessage("sqlite:" + file + " has schema version 0, older than 1: open it once to write to it "
                        + "(greentrain tune, ask or tell) to upgrade it");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
