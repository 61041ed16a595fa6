package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
}
