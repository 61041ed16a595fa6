package org.greentrain.tune.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The embedded default: one SQLite file in WAL mode with {@code synchronous=FULL}, so a told trial survives
 * {@code kill -9} (and a power cut). Writers take the database lock up front ({@code BEGIN IMMEDIATE}) and wait up to
 * the busy timeout for each other, so several processes can share one file on a local disk (not on NFS).
 */
public final class SqliteStorage extends JdbcStorage {

    /** How long a writer waits for another process's lock by default. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(60);

    /** Opens (creating if needed) the database file at {@code file} with the default busy timeout. */
    public SqliteStorage(Path file) {
        this(file, DEFAULT_BUSY_TIMEOUT);
    }

    /** Opens (creating if needed) the database file at {@code file}. */
    public SqliteStorage(Path file, Duration busyTimeout) {
        super(connect(file, busyTimeout), "sqlite", "sqlite:" + file.toAbsolutePath());
    }

    private static Connection connect(Path file, Duration busyTimeout) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the directory of " + abs + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(abs)) {
            throw new StorageException("sqlite storage path " + abs + " is a directory; give a file such as "
                    + abs.resolve("study.db"));
        }
        Properties props = new Properties();
        props.setProperty("journal_mode", "WAL");
        props.setProperty("synchronous", "FULL");
        props.setProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        props.setProperty("foreign_keys", "true");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + abs, props);
        } catch (SQLException e) {
            throw new StorageException("cannot open SQLite database " + abs + ": " + e.getMessage()
                    + " (check that the directory is writable)", e);
        }
    }
}
