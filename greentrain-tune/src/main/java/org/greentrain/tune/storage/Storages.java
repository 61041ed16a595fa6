package org.greentrain.tune.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Opens a storage from a URL:
 * <ul>
 *   <li>{@code sqlite:path/to/study.db} (relative to the working directory), {@code sqlite:///abs/path.db},
 *       {@code jdbc:sqlite:path};</li>
 *   <li>{@code postgresql://user:pass@host:port/db} (also {@code postgres://}; query parameters such as
 *       {@code ?currentSchema=x} are passed to the driver),
 *       {@code jdbc:postgresql://host:port/db?user=u&password=p};</li>
 *   <li>{@code memory:} for a throw-away in-process store.</li>
 * </ul>
 */
public final class Storages {

    private Storages() {
    }

    /**
     * Opens the storage {@code url} points to, creating it when missing ({@link OpenMode#CREATE}).
     *
     * @throws IllegalArgumentException for a URL of no known form
     * @throws StorageException         when the database cannot be opened or reached
     */
    public static Storage open(String url) {
        return open(url, OpenMode.CREATE);
    }

    /**
     * Opens the storage {@code url} points to as {@code mode} says. {@code memory:} is always a new, empty store that
     * leaves nothing behind, whatever the mode.
     *
     * @throws IllegalArgumentException for a URL of no known form
     * @throws NoStorageException       when the mode requires an existing greentrain storage and there is none
     * @throws StorageException         when the database cannot be opened or reached
     */
    public static Storage open(String url, OpenMode mode) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    "empty storage URL: use sqlite:study.db or postgresql://user:pass@host:5432/db");
        }
        String u = url.strip();
        if (u.equals("memory:") || u.equals("memory")) {
            return new InMemoryStorage();
        }
        if (u.startsWith("jdbc:sqlite:")) {
            return new SqliteStorage(Path.of(u.substring("jdbc:sqlite:".length())), mode);
        }
        if (u.startsWith("sqlite:")) {
            return new SqliteStorage(sqlitePath(u), mode);
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return new PostgresStorage(u, null, null, mode);
        }
        if (u.startsWith("postgresql://") || u.startsWith("postgres://")) {
            Pg pg = postgres(u);
            return new PostgresStorage(pg.jdbcUrl(), pg.user(), pg.password(), mode);
        }
        throw new IllegalArgumentException("unknown storage URL '" + url
                + "': use sqlite:path/to/study.db, sqlite:///abs/path.db or postgresql://user:pass@host:5432/db");
    }

    static Path sqlitePath(String url) {
        String rest = url.substring("sqlite:".length());
        if (rest.startsWith("///")) {
            rest = rest.substring(2);
        } else if (rest.startsWith("//")) {
            throw new IllegalArgumentException("bad SQLite URL '" + url
                    + "': use sqlite:relative/path.db or sqlite:///absolute/path.db");
        }
        if (rest.isBlank()) {
            throw new IllegalArgumentException("SQLite URL '" + url + "' names no file");
        }
        return Path.of(rest);
    }

    /** A PostgreSQL URL turned into JDBC form plus credentials. */
    record Pg(String jdbcUrl, String user, String password) {
    }

    static Pg postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad PostgreSQL URL '" + url + "': " + e.getReason()
                    + " (expected postgresql://user:pass@host:5432/db)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("bad PostgreSQL URL '" + url + "': no host "
                    + "(expected postgresql://user:pass@host:5432/db)");
        }
        String db = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (db.isEmpty()) {
            throw new IllegalArgumentException("bad PostgreSQL URL '" + url + "': no database name after the host");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + db
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Pg(jdbc, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
