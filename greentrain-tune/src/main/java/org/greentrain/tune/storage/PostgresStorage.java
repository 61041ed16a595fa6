package org.greentrain.tune.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * PostgreSQL storage, for studies shared between processes and machines. Trial numbers come from an
 * {@code UPDATE ... RETURNING} on the study row, which holds that row's lock until commit, so concurrent workers are
 * serialised and never receive the same number.
 */
public final class PostgresStorage extends JdbcStorage {

    /**
     * Connects to {@code jdbcUrl} (a {@code jdbc:postgresql://} URL). Unless {@code mode} is {@link OpenMode#CREATE},
     * greentrain's tables must already be in the connection's current schema.
     *
     * @throws StorageException   with one line naming host, port and what to check when the server does not answer
     * @throws NoStorageException when the mode requires greentrain's tables and the schema has none
     */
    public PostgresStorage(String jdbcUrl, String user, String password, OpenMode mode) {
        super(connect(jdbcUrl, user, password), "postgresql", "postgresql:" + redact(jdbcUrl), mode);
    }

    private static Connection connect(String jdbcUrl, String user, String password) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "greentrain-tune");
        try {
            return DriverManager.getConnection(jdbcUrl, props);
        } catch (SQLException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new StorageException("cannot connect to PostgreSQL at " + hostPort(jdbcUrl) + " as user '" + user
                    + "': " + why + " (check that the server runs, the host and port are right, the database exists"
                    + " and pg_hba.conf admits this client)", e);
        }
    }

    static String hostPort(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        if (hostPort.isEmpty()) {
            hostPort = "localhost";
        }
        return hostPort.contains(":") ? hostPort : hostPort + ":5432";
    }

    private static String redact(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:postgresql:", "").replaceAll("password=[^&]*", "password=***");
    }
}
