package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the storage contract against PostgreSQL at {@code $GREENTRAIN_TEST_POSTGRES_URL} (default
 * {@code postgresql://greentrain:greentrain@localhost:5432/greentrain}), one fresh schema per test, dropped afterwards.
 * Skipped, with a message, when no server answers.
 */
class PostgresStorageTest extends StorageContract {

    static final String URL = System.getenv().getOrDefault("GREENTRAIN_TEST_POSTGRES_URL",
            "postgresql://greentrain:greentrain@localhost:5432/greentrain");
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static String unavailable;

    @BeforeAll
    static void probeServer() {
        try (Connection c = admin()) {
            unavailable = c.isValid(5) ? null : "connection not valid";
        } catch (SQLException e) {
            unavailable = e.getMessage();
        }
        if (unavailable != null) {
            System.err.println("SKIPPED PostgreSQL storage tests: no server at " + URL + " (" + unavailable
                    + "); set GREENTRAIN_TEST_POSTGRES_URL");
        }
    }

    @BeforeEach
    void serverAnswers() {
        Assumptions.assumeTrue(unavailable == null, "no PostgreSQL server at " + URL + ": " + unavailable);
    }

    private static Connection admin() throws SQLException {
        Storages.Pg pg = Storages.postgres(URL);
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection c = admin(); Statement st = c.createStatement()) {
            for (String s : SCHEMAS) {
                st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            }
        }
    }

    @Override
    String freshUrl() throws SQLException {
        String schema = "gt_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.size();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
        }
        SCHEMAS.add(schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void jdbcFormWorksToo() throws SQLException {
        String url = freshUrl();
        Storages.Pg pg = Storages.postgres(url);
        String jdbc = pg.jdbcUrl() + "&user=" + pg.user() + "&password=" + pg.password();
        try (Storage s = Storages.open(jdbc)) {
            assertThat(s.studies()).isEmpty();
            assertThat(s.describe()).contains("password=***").doesNotContain("password=" + pg.password());
        }
    }

    @Test
    void anEmptySchemaIsRefusedByCommandsThatNeedAStorageAndLeftEmpty() throws Exception {
        String url = freshUrl();
        String schema = SCHEMAS.get(SCHEMAS.size() - 1);
        for (OpenMode mode : List.of(OpenMode.EXISTING, OpenMode.READ)) {
            assertThatThrownBy(() -> Storages.open(url, mode)).isInstanceOf(NoStorageException.class)
                    .hasMessageStartingWith("no greentrain storage at postgresql:")
                    .hasMessageEndingWith("(the database holds no greentrain schema)");
        }
        try (Connection c = admin(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                     + schema + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        try (Storage created = Storages.open(url)) {
            unitStudy(created, "kept");
        }
        try (Storage read = Storages.open(url, OpenMode.READ)) {
            assertThat(read.studies()).extracting(StudyRecord::name).containsExactly("kept");
        }
    }

    @Test
    void aStaleTrialThatFinishesWhileBeingFailedKeepsItsEnd() throws Exception {
        String url = freshUrl();
        Storages.Pg pg = Storages.postgres(url);
        try (Storage storage = Storages.open(url)) {
            Study s = unitStudy(storage, "race");
            int number = staleTrial(storage, s);
            try (Connection finisher = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
                finisher.setAutoCommit(false);
                try (Statement st = finisher.createStatement()) {
                    st.executeUpdate("UPDATE trials SET state = 'PRUNED', completed_at = 1 WHERE study_id = "
                            + s.id() + " AND number = " + number);
                }
                ExecutorService pool = Executors.newSingleThreadExecutor();
                try {
                    Future<List<Integer>> failed = pool.submit(() -> storage.failStaleTrials(s.id(), Instant.now(),
                            Instant.now()));
                    awaitLockWait(finisher);
                    finisher.commit();
                    assertThat(failed.get(30, TimeUnit.SECONDS)).isEmpty();
                } finally {
                    pool.shutdownNow();
                }
            }
            assertThat(s.trial(number).state()).isEqualTo(TrialState.PRUNED);
            assertThat(s.trial(number).failReason()).isEmpty();
        }
    }

    /** Waits (up to 10 s) until some session waits for a row lock held by {@code holder}. */
    private static void awaitLockWait(Connection holder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection probe = admin(); Statement st = probe.createStatement()) {
            int holderPid;
            try (Statement h = holder.createStatement(); ResultSet rs = h.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                holderPid = rs.getInt(1);
            }
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE " + holderPid
                        + " = ANY(pg_blocking_pids(pid))")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the stale-trial update never waited for the finishing transaction");
    }
}
