package org.greentrain.tune.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

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
        this(file, OpenMode.CREATE);
    }

    /** Opens the database file at {@code file} as {@code mode} says, with the default busy timeout. */
    public SqliteStorage(Path file, OpenMode mode) {
        this(file, DEFAULT_BUSY_TIMEOUT, mode);
    }

    /**
     * Opens the database file at {@code file} as {@code mode} says. Unless the mode is {@link OpenMode#CREATE}, the
     * file must exist (it is opened without SQLite's create flag) and its journal mode is left as it is: greentrain's
     * own files are in WAL mode since they were created, and another program's file is not rewritten.
     *
     * @throws NoStorageException when the mode requires an existing greentrain database and the file is not one
     */
    public SqliteStorage(Path file, Duration busyTimeout, OpenMode mode) {
        super(connect(file, busyTimeout, mode), "sqlite", describe(file), mode);
    }

    private static String describe(Path file) {
        return "sqlite:" + file.toAbsolutePath();
    }

    private static Connection connect(Path file, Duration busyTimeout, OpenMode mode) {
        Path abs = file.toAbsolutePath();
        if (mode == OpenMode.CREATE) {
            createParent(abs);
        } else if (!Files.exists(abs)) {
            throw new NoStorageException(describe(abs), "no such file");
        }
        if (Files.isDirectory(abs)) {
            throw new StorageException("sqlite storage path " + abs + " is a directory; give a file such as "
                    + abs.resolve("study.db"));
        }
        Properties props = new Properties();
        if (mode == OpenMode.CREATE) {
            props.setProperty("journal_mode", "WAL");
        } else {
            props.setProperty("open_mode", Integer.toString(SQLiteOpenMode.READWRITE.flag));
        }
        props.setProperty("synchronous", "FULL");
        props.setProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        props.setProperty("foreign_keys", "true");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + abs, props);
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new NoStorageException(describe(abs), "not an SQLite database");
            }
            throw new StorageException("cannot open SQLite database " + abs + ": " + e.getMessage()
                    + " (check that the directory is writable)", e);
        }
    }

    private static void createParent(Path abs) {
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the directory of " + abs + ": " + e.getMessage(), e);
        }
    }
}
