package org.greentrain.tune.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Brings a database schema up to date with ordered SQL scripts kept as resources under
 * {@code org/greentrain/tune/storage/migrations/<dialect>/}. The file {@code index} there lists the scripts in order,
 * one per line, named {@code V<version>__<description>.sql}. Applied versions are recorded in {@code schema_version};
 * each script runs in its own transaction together with its record, so a run is idempotent and a crash leaves the
 * schema at a known version. Concurrent runners serialise on a lock (the SQLite write lock, or a PostgreSQL advisory
 * lock) and re-read the applied versions inside it.
 */
public final class Migrations {

    /** A script with its version. */
    record Script(int version, String name, String sql) {
    }

    private static final long PG_LOCK_KEY = 0x6772656E74756EL;

    private final String dialect;

    /** Migrations for {@code sqlite} or {@code postgresql}. */
    public Migrations(String dialect) {
        this.dialect = dialect;
    }

    /** The scripts of this dialect, in order. */
    List<Script> scripts() {
        String base = "migrations/" + dialect + "/";
        List<Script> out = new ArrayList<>();
        for (String line : resource(base + "index").split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (!out.isEmpty() && out.get(out.size() - 1).version() >= version) {
                throw new IllegalStateException("migration index out of order at " + name);
            }
            out.add(new Script(version, name, resource(base + name)));
        }
        return out;
    }

    /** The latest schema version these scripts produce. */
    public int latestVersion() {
        List<Script> s = scripts();
        return s.get(s.size() - 1).version();
    }

    /**
     * Applies the scripts not applied yet. A connection in auto-commit mode (SQLite) gets explicit
     * {@code BEGIN IMMEDIATE}/{@code COMMIT}; otherwise the connection's own transactions are used.
     *
     * @return the number of scripts applied
     */
    public int apply(Connection connection) throws SQLException {
        boolean explicit = connection.getAutoCommit();
        int applied = 0;
        for (Script script : scripts()) {
            try (Statement st = connection.createStatement()) {
                if (explicit) {
                    st.execute("BEGIN IMMEDIATE");
                }
                try {
                    if (applyOne(st, script)) {
                        applied++;
                    }
                    if (explicit) {
                        st.execute("COMMIT");
                    } else {
                        connection.commit();
                    }
                } catch (SQLException | RuntimeException e) {
                    if (explicit) {
                        st.execute("ROLLBACK");
                    } else {
                        connection.rollback();
                    }
                    throw e;
                }
            }
        }
        return applied;
    }

    private boolean applyOne(Statement st, Script script) throws SQLException {
        lock(st);
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                + "script TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        if (appliedVersions(st).contains(script.version())) {
            return false;
        }
        for (String sql : statements(script.sql())) {
            st.execute(sql);
        }
        st.executeUpdate("INSERT INTO schema_version(version, script, applied_at) VALUES (" + script.version()
                + ", '" + script.name().replace("'", "''") + "', " + Instant.now().toEpochMilli() + ")");
        return true;
    }

    private void lock(Statement st) throws SQLException {
        if (dialect.equals("postgresql")) {
            st.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
        }
    }

    /**
     * The latest version applied to the schema {@code connection} holds (0 when none is recorded), or empty when it
     * holds no greentrain schema: no {@code schema_version} or no {@code studies} table. Only reads.
     */
    public OptionalInt appliedVersion(Connection connection) throws SQLException {
        for (String table : List.of("schema_version", "studies")) {
            try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), table,
                    new String[] {"TABLE"})) {
                if (!rs.next()) {
                    return OptionalInt.empty();
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            return OptionalInt.of(appliedVersions(st).stream().mapToInt(Integer::intValue).max().orElse(0));
        }
    }

    /** The versions recorded in {@code schema_version}. */
    static Set<Integer> appliedVersions(Statement st) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    /** Splits a script on semicolons that end a line; scripts contain no procedural code. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + path, e);
        }
    }
}
