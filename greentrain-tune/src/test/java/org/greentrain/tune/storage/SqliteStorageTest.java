package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.greentrain.tune.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStorageTest extends StorageContract {

    @TempDir
    Path dir;

    private int counter;

    @Override
    String freshUrl() {
        return "sqlite:" + dir.resolve("study-" + counter++ + ".db");
    }

    @Test
    void usesWalModeAndRecordsTheSchemaVersionOnce() throws Exception {
        Path file = dir.resolve("wal.db");
        new SqliteStorage(file).close();
        new SqliteStorage(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(new Migrations("sqlite").latestVersion());
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void rowsThatCannotBeReadBackAreReportedAsACorruptStorage() throws Exception {
        Path file = dir.resolve("corrupt.db");
        try (Storage storage = new SqliteStorage(file)) {
            Study s = unitStudy(storage, "c");
            s.tell(s.ask().number(), 1.0);
        }
        corrupt(file, "UPDATE trial_params SET value = 'half' WHERE name = 'x'");
        assertTrialsCorrupt(file, "parameter x: ", "half");
        corrupt(file, "UPDATE trial_params SET value = '0.5' WHERE name = 'x'");
        corrupt(file, "UPDATE trials SET energy_joules = -5, energy_lower_joules = -5, energy_upper_joules = -5, "
                + "energy_provenance = 'rapl', duration_seconds = 1");
        assertTrialsCorrupt(file, "", "joules >= 0, got -5");
        corrupt(file, "UPDATE studies SET space = 'x=1..0'");
        try (Storage storage = new SqliteStorage(file)) {
            assertThatThrownBy(storage::studies).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("corrupt storage sqlite:" + file + ": study 'c': ");
        }
    }

    private static void assertTrialsCorrupt(Path file, String what, String detail) {
        try (Storage storage = new SqliteStorage(file)) {
            long id = storage.findStudy("c").orElseThrow().id();
            assertThatThrownBy(() -> storage.trials(id)).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("corrupt storage sqlite:" + file + ": study 'c', trial 0: " + what)
                    .hasMessageContaining(detail);
        }
    }

    private static void corrupt(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void migrationsAreIdempotentOnAnExistingConnection() throws Exception {
        Path file = dir.resolve("m.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Migrations m = new Migrations("sqlite");
            assertThat(m.apply(c)).isEqualTo(1);
            assertThat(m.apply(c)).isEqualTo(0);
        }
    }

    @Test
    void migrationScriptsAreSplitIntoStatements() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)");
        assertThat(new Migrations("postgresql").scripts()).extracting(Migrations.Script::version).containsExactly(1);
    }

    @Test
    void urlsOfEveryFormOpenTheRightFile() throws Exception {
        Path abs = dir.resolve("abs.db");
        Storages.open("sqlite://" + abs).close();
        assertThat(Files.exists(abs)).isTrue();
        Path nested = dir.resolve("a/b/c.db");
        Storages.open("jdbc:sqlite:" + nested).close();
        assertThat(Files.exists(nested)).isTrue();
        assertThat(Storages.sqlitePath("sqlite:rel/x.db")).isEqualTo(Path.of("rel/x.db"));
        assertThat(Storages.sqlitePath("sqlite:///tmp/x.db")).isEqualTo(Path.of("/tmp/x.db"));
        assertThatThrownBy(() -> Storages.open("sqlite:")).hasMessageContaining("names no file");
        assertThatThrownBy(() -> Storages.open("mysql://x")).hasMessageContaining("unknown storage URL 'mysql://x'");
        assertThatThrownBy(() -> Storages.open("sqlite:" + dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("is a directory");
        assertThat(Storages.open("memory:")).isInstanceOf(InMemoryStorage.class);
    }
}
