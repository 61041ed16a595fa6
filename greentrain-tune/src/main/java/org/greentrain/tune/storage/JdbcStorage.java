package org.greentrain.tune.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * The relational storage shared by SQLite and PostgreSQL: one connection, used by one thread at a time, every public
 * method one transaction. Trial numbers come from a per-study counter incremented with {@code UPDATE ... RETURNING},
 * which takes the study row's write lock (PostgreSQL) or the database write lock (SQLite, {@code BEGIN IMMEDIATE}), so
 * concurrent processes never get the same number; the primary key (study, number) guards it as well.
 */
public abstract class JdbcStorage implements Storage {

    private final Connection connection;
    private final String description;
    private final boolean explicitBegin;

    /**
     * Takes ownership of {@code connection} and, as {@code mode} says, brings its schema up to date or first checks
     * that it holds greentrain's schema. SQLite connections stay in auto-commit mode and each transaction is opened
     * explicitly ({@code BEGIN IMMEDIATE} to write, {@code BEGIN} to read), so no lock is held between calls;
     * PostgreSQL connections run with auto-commit off, reads at REPEATABLE READ so that the several queries reading a
     * study see one snapshot.
     *
     * @throws NoStorageException when {@code mode} requires greentrain's schema and the database does not hold it
     */
    protected JdbcStorage(Connection connection, String dialect, String description, OpenMode mode) {
        this.connection = connection;
        this.description = description;
        this.explicitBegin = dialect.equals("sqlite");
        try {
            connection.setAutoCommit(explicitBegin);
            Migrations migrations = new Migrations(dialect);
            if (mode != OpenMode.CREATE) {
                requireSchema(migrations, mode);
            }
            if (mode != OpenMode.READ) {
                migrations.apply(connection);
            }
        } catch (SQLException e) {
            close();
            throw new StorageException("cannot prepare the schema of " + description + ": " + e.getMessage(), e);
        } catch (StorageException e) {
            close();
            throw e;
        }
    }

    private void requireSchema(Migrations migrations, OpenMode mode) throws SQLException {
        OptionalInt version;
        try {
            version = migrations.appliedVersion(connection);
        } finally {
            if (!explicitBegin) {
                connection.rollback();
            }
        }
        if (version.isEmpty()) {
            throw new NoStorageException(description, "the database holds no greentrain schema");
        }
        int latest = migrations.latestVersion();
        if (mode == OpenMode.READ && version.getAsInt() < latest) {
            throw new StorageException(description + " has schema version " + version.getAsInt() + ", older than "
                    + latest + ": open it once to write to it (greentrain tune, ask or tell) to upgrade it");
        }
    }

    /** SQL work inside one transaction. */
    @FunctionalInterface
    protected interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a writing transaction, committing on success and rolling back on any failure. */
    protected <T> T inTransaction(Work<T> work) {
        return transaction(true, work);
    }

    /** Runs {@code work} in a read-only transaction that sees one snapshot. */
    protected <T> T reading(Work<T> work) {
        return transaction(false, work);
    }

    private synchronized <T> T transaction(boolean write, Work<T> work) {
        try {
            try (Statement st = connection.createStatement()) {
                if (explicitBegin) {
                    st.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
                } else if (!write) {
                    st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                }
            }
            try {
                T result = work.run(connection);
                finish("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                finish("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(description + ": " + e.getMessage(), e);
        }
    }

    private void finish(String command) throws SQLException {
        if (explicitBegin) {
            try (Statement st = connection.createStatement()) {
                st.execute(command);
            }
        } else if (command.equals("COMMIT")) {
            connection.commit();
        } else {
            connection.rollback();
        }
    }

    @Override
    public StudyRecord createStudy(String name, String space, String goals, Instant now) {
        try {
            return inTransaction(c -> {
                if (findStudy(c, name).isPresent()) {
                    throw new StudyExistsException("study '" + name + "' already exists in " + description);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO studies(name, space, goals, created_at, "
                        + "next_number) VALUES (?, ?, ?, ?, 0) RETURNING study_id")) {
                    ps.setString(1, name);
                    ps.setString(2, space);
                    ps.setString(3, goals);
                    ps.setLong(4, now.toEpochMilli());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new StudyRecord(rs.getLong(1), name, space, goals, now, Map.of());
                    }
                }
            });
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException && "23505".equals(((SQLException) e.getCause()).getSQLState())) {
                throw new StudyExistsException("study '" + name + "' already exists in " + description);
            }
            throw e;
        }
    }

    @Override
    public Optional<StudyRecord> findStudy(String name) {
        return reading(c -> findStudy(c, name));
    }

    private Optional<StudyRecord> findStudy(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT study_id, name, space, goals, created_at FROM studies WHERE name = ?")) {
            ps.setString(1, name);
            List<StudyRecord> found = readStudies(c, ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    @Override
    public List<StudyRecord> studies() {
        return reading(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT study_id, name, space, goals, created_at FROM studies ORDER BY name")) {
                return readStudies(c, ps);
            }
        });
    }

    private List<StudyRecord> readStudies(Connection c, PreparedStatement ps) throws SQLException {
        List<StudyRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Map<String, String> attrs = new TreeMap<>();
                try (PreparedStatement a = c.prepareStatement(
                        "SELECT attr_key, attr_value FROM study_attrs WHERE study_id = ?")) {
                    a.setLong(1, id);
                    try (ResultSet ar = a.executeQuery()) {
                        while (ar.next()) {
                            attrs.put(ar.getString(1), ar.getString(2));
                        }
                    }
                }
                try {
                    SearchSpace.parse(rs.getString(3));
                    Goal.parseAll(rs.getString(4));
                } catch (RuntimeException e) {
                    throw corrupt("study '" + rs.getString(2) + "'", e);
                }
                out.add(new StudyRecord(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)), attrs));
            }
        }
        return out;
    }

    @Override
    public boolean deleteStudy(String name) {
        return inTransaction(c -> {
            Optional<StudyRecord> s = findStudy(c, name);
            if (s.isEmpty()) {
                return false;
            }
            long id = s.get().id();
            for (String table : List.of("trial_attrs", "trial_intermediates", "trial_values", "trial_params",
                    "trials", "study_attrs", "studies")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE study_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            return true;
        });
    }

    @Override
    public void setStudyAttr(long studyId, String key, String value) {
        inTransaction(c -> update(c, "INSERT INTO study_attrs(study_id, attr_key, attr_value) VALUES (?, ?, ?) "
                + "ON CONFLICT (study_id, attr_key) DO UPDATE SET attr_value = excluded.attr_value", studyId, key,
                value));
    }

    @Override
    public int createTrial(long studyId, Instant now, Instant heartbeat) {
        return inTransaction(c -> {
            int number;
            try (PreparedStatement ps = c.prepareStatement("UPDATE studies SET next_number = next_number + 1 "
                    + "WHERE study_id = ? RETURNING next_number")) {
                ps.setLong(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no study with id " + studyId + " in " + description);
                    }
                    number = rs.getInt(1) - 1;
                }
            }
            update(c, "INSERT INTO trials(study_id, number, state, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
                    studyId, number, TrialState.RUNNING.name(), now.toEpochMilli(),
                    heartbeat == null ? null : heartbeat.toEpochMilli());
            return number;
        });
    }

    @Override
    public void setParams(long studyId, int number, Params params) {
        inTransaction(c -> {
            requireRunning(c, studyId, number);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO trial_params(study_id, number, name, kind, value) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Object> e : params.asMap().entrySet()) {
                    ps.setLong(1, studyId);
                    ps.setInt(2, number);
                    ps.setString(3, e.getKey());
                    ps.setString(4, ParamCodec.kind(e.getValue()));
                    ps.setString(5, ParamCodec.text(e.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void addIntermediate(long studyId, int number, Intermediate im) {
        inTransaction(c -> {
            requireRunning(c, studyId, number);
            return update(c, "INSERT INTO trial_intermediates(study_id, number, step, value, joules) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (study_id, number, step) DO UPDATE SET "
                    + "value = excluded.value, joules = excluded.joules", studyId, number, im.step(), im.value(),
                    im.hasJoules() ? im.joules() : null);
        });
    }

    @Override
    public void heartbeat(long studyId, int number, Instant now) {
        inTransaction(c -> update(c, "UPDATE trials SET heartbeat_at = ? WHERE study_id = ? AND number = ? "
                + "AND state = 'RUNNING'", now.toEpochMilli(), studyId, number));
    }

    @Override
    public boolean finishTrial(long studyId, int number, TrialState state, double[] values, TrialEnergy energy,
                               Map<String, String> attrs, Instant now) {
        return inTransaction(c -> {
            int changed = update(c, "UPDATE trials SET state = ?, completed_at = ?, energy_joules = ?, "
                            + "energy_lower_joules = ?, energy_upper_joules = ?, energy_provenance = ?, "
                            + "duration_seconds = ?, co2e_grams = ? WHERE study_id = ? AND number = ? "
                            + "AND state = 'RUNNING'",
                    state.name(), now.toEpochMilli(),
                    energy == null ? null : energy.joules(), energy == null ? null : energy.lowerJoules(),
                    energy == null ? null : energy.upperJoules(), energy == null ? null : energy.provenance(),
                    energy == null ? null : energy.durationSeconds(),
                    energy == null || Double.isNaN(energy.co2eGrams()) ? null : energy.co2eGrams(),
                    studyId, number);
            if (changed == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO trial_values(study_id, number, objective, value) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < values.length; i++) {
                    ps.setLong(1, studyId);
                    ps.setInt(2, number);
                    ps.setInt(3, i);
                    ps.setDouble(4, values[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (Map.Entry<String, String> e : attrs.entrySet()) {
                putTrialAttr(c, studyId, number, e.getKey(), e.getValue());
            }
            return true;
        });
    }

    @Override
    public void setTrialAttr(long studyId, int number, String key, String value) {
        inTransaction(c -> putTrialAttr(c, studyId, number, key, value));
    }

    private static int putTrialAttr(Connection c, long studyId, int number, String key, String value)
            throws SQLException {
        return update(c, "INSERT INTO trial_attrs(study_id, number, attr_key, attr_value) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (study_id, number, attr_key) DO UPDATE SET attr_value = excluded.attr_value",
                studyId, number, key, value);
    }

    @Override
    public void deleteUnstartedTrial(long studyId, int number) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM trial_params WHERE study_id = ? "
                    + "AND number = ?")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new IllegalStateException("trial " + number + " already has parameters");
                    }
                }
            }
            update(c, "DELETE FROM trial_attrs WHERE study_id = ? AND number = ?", studyId, number);
            return update(c, "DELETE FROM trials WHERE study_id = ? AND number = ? AND state = 'RUNNING'", studyId,
                    number);
        });
    }

    @Override
    public List<FrozenTrial> trials(long studyId) {
        return reading(c -> readTrials(c, studyId, null));
    }

    @Override
    public Optional<FrozenTrial> trial(long studyId, int number) {
        List<FrozenTrial> found = reading(c -> readTrials(c, studyId, number));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Integer> failStaleTrials(long studyId, Instant staleBefore, Instant now) {
        return inTransaction(c -> {
            List<Integer> stale = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number FROM trials WHERE study_id = ? AND "
                    + "state = 'RUNNING' AND heartbeat_at IS NOT NULL AND heartbeat_at < ? ORDER BY number")) {
                ps.setLong(1, studyId);
                ps.setLong(2, staleBefore.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stale.add(rs.getInt(1));
                    }
                }
            }
            List<Integer> failed = new ArrayList<>();
            for (int number : stale) {
                // checked again: on READ COMMITTED the trial may have finished or beaten since the SELECT
                if (update(c, "UPDATE trials SET state = 'FAIL', completed_at = ? WHERE study_id = ? AND number = ? "
                        + "AND state = 'RUNNING' AND heartbeat_at < ?", now.toEpochMilli(), studyId, number,
                        staleBefore.toEpochMilli()) > 0) {
                    putTrialAttr(c, studyId, number, FrozenTrial.FAIL_REASON,
                            "stale: no heartbeat since before " + staleBefore + " (worker died?)");
                    failed.add(number);
                }
            }
            return failed;
        });
    }

    private void requireRunning(Connection c, long studyId, int number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM trials WHERE study_id = ? AND number = ?")) {
            ps.setLong(1, studyId);
            ps.setInt(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no trial " + number + " in this study");
                }
                if (!rs.getString(1).equals(TrialState.RUNNING.name())) {
                    throw new IllegalArgumentException("trial " + number + " is " + rs.getString(1)
                            + ", not RUNNING");
                }
            }
        }
    }

    private List<FrozenTrial> readTrials(Connection c, long studyId, Integer only) throws SQLException {
        String filter = only == null ? "" : " AND number = " + only.intValue();
        Map<Integer, Map<String, Object>> params = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, name, kind, value FROM trial_params "
                + "WHERE study_id = ?" + filter)) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object value;
                    try {
                        value = ParamCodec.parse(rs.getString(3), rs.getString(4));
                    } catch (RuntimeException e) {
                        throw corrupt(c, studyId, rs.getInt(1), "parameter " + rs.getString(2) + ": " + message(e), e);
                    }
                    params.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getString(2), value);
                }
            }
        }
        Map<Integer, TreeMap<Integer, Double>> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, objective, value FROM trial_values "
                + "WHERE study_id = ?" + filter)) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getDouble(3));
                }
            }
        }
        Map<Integer, List<Intermediate>> inter = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, step, value, joules FROM trial_intermediates "
                + "WHERE study_id = ?" + filter + " ORDER BY number, step")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double joules = rs.getDouble(4);
                    if (rs.wasNull()) {
                        joules = Double.NaN;
                    }
                    inter.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new Intermediate(rs.getLong(2), rs.getDouble(3), joules));
                }
            }
        }
        Map<Integer, Map<String, String>> attrs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, attr_key, attr_value FROM trial_attrs "
                + "WHERE study_id = ?" + filter)) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attrs.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
        }
        List<FrozenTrial> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number, state, started_at, completed_at, heartbeat_at, "
                + "energy_joules, energy_lower_joules, energy_upper_joules, energy_provenance, duration_seconds, "
                + "co2e_grams FROM trials WHERE study_id = ?" + filter + " ORDER BY number")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(trialRow(rs, params, values, inter, attrs));
                    } catch (RuntimeException e) {
                        throw corrupt(c, studyId, rs.getInt(1), message(e), e);
                    }
                }
            }
        }
        return out;
    }

    private static FrozenTrial trialRow(ResultSet rs, Map<Integer, Map<String, Object>> params,
                                        Map<Integer, TreeMap<Integer, Double>> values,
                                        Map<Integer, List<Intermediate>> inter,
                                        Map<Integer, Map<String, String>> attrs) throws SQLException {
        int number = rs.getInt(1);
        TrialEnergy energy = null;
        double joules = rs.getDouble(6);
        if (!rs.wasNull()) {
            double co2 = rs.getDouble(11);
            if (rs.wasNull()) {
                co2 = Double.NaN;
            }
            energy = new TrialEnergy(joules, rs.getDouble(7), rs.getDouble(8), rs.getString(9),
                    rs.getDouble(10), co2);
        }
        TreeMap<Integer, Double> v = values.getOrDefault(number, new TreeMap<>());
        double[] vals = new double[v.size()];
        int i = 0;
        for (double d : v.values()) {
            vals[i++] = d;
        }
        return new FrozenTrial(number, TrialState.valueOf(rs.getString(2)),
                new Params(ordered(params.getOrDefault(number, Map.of()))), vals,
                inter.getOrDefault(number, List.of()), energy, Instant.ofEpochMilli(rs.getLong(3)),
                instant(rs, 4), instant(rs, 5), attrs.getOrDefault(number, Map.of()));
    }

    /** A row that cannot be read back: the storage, not the caller, is at fault. */
    private StorageException corrupt(String where, RuntimeException e) {
        return new StorageException("corrupt storage " + description + ": " + where + ": " + message(e), e);
    }

    private StorageException corrupt(Connection c, long studyId, int trial, String what, RuntimeException e)
            throws SQLException {
        String study = Long.toString(studyId);
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM studies WHERE study_id = ?")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    study = "'" + rs.getString(1) + "'";
                }
            }
        }
        return new StorageException("corrupt storage " + description + ": study " + study + ", trial " + trial
                + ": " + what, e);
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, Object> ordered(Map<String, Object> m) {
        return new LinkedHashMap<>(m);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** Executes an update with positional arguments; null arguments are written as SQL NULL. */
    protected static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (a instanceof Double) {
                    ps.setDouble(i + 1, (Double) a);
                } else if (a instanceof Long) {
                    ps.setLong(i + 1, (Long) a);
                } else if (a instanceof Integer) {
                    ps.setInt(i + 1, (Integer) a);
                } else {
                    ps.setString(i + 1, a.toString());
                }
            }
            return ps.executeUpdate();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("closing " + description + ": " + e.getMessage(), e);
        }
    }
}
