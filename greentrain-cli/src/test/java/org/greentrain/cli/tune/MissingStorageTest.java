package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greentrain.cli.tune.TuneFixtures.assertUsageError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that read or continue a study refuse a storage URL that names no greentrain storage, with one line and exit
 * code 2, and create or change nothing there: no file, no directory, no tables in another program's database.
 */
class MissingStorageTest {

    @TempDir
    Path dir;

    /** Every command that needs an existing storage, given {@code url}. */
    private List<String[]> commands(String url) {
        String out = dir.resolve("out").toString();
        return List.of(
                new String[] {"studies", "list", "--storage", url},
                new String[] {"studies", "show", "s", "--storage", url},
                new String[] {"studies", "export", "s", "--csv", out + ".csv", "--storage", url},
                new String[] {"studies", "importance", "s", "--storage", url},
                new String[] {"tell", "--study", "s", "--trial", "0", "--value", "1", "--storage", url},
                new String[] {"ask", "--study", "s", "--storage", url},
                new String[] {"report", "s", "--out", out + ".html", "--storage", url});
    }

    @Test
    void aMissingSqliteFileIsRefusedAndNeitherItNorItsDirectoryIsCreated() {
        Path file = dir.resolve("missing/dir/x.db");
        for (String[] args : commands("sqlite:" + file)) {
            assertUsageError(CliRun.of(args), "no greentrain storage at sqlite:" + file + " (no such file)");
            assertThat(file.getParent()).as(String.join(" ", args)).doesNotExist();
            assertThat(dir.resolve("missing")).doesNotExist();
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftByteForByte() throws Exception {
        Path file = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("CREATE TABLE foo AS SELECT 7 AS x");
        }
        byte[] before = Files.readAllBytes(file);
        for (String[] args : commands("sqlite:" + file)) {
            assertUsageError(CliRun.of(args), "no greentrain storage at sqlite:" + file
                    + " (the database holds no greentrain schema)");
            assertThat(Files.readAllBytes(file)).as(String.join(" ", args)).isEqualTo(before);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
