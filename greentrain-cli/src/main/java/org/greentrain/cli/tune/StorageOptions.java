package org.greentrain.cli.tune;

import org.greentrain.cli.common.UsageException;
import org.greentrain.tune.storage.NoStorageException;
import org.greentrain.tune.storage.OpenMode;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StorageException;
import org.greentrain.tune.storage.Storages;
import picocli.CommandLine.Option;

/** Where studies live: {@code --storage URL}, an SQLite file in the working directory by default. */
public final class StorageOptions {

    /** The storage used when {@code --storage} is not given. */
    public static final String DEFAULT_URL = "sqlite:greentrain-studies.db";

    @Option(names = "--storage", paramLabel = "URL", defaultValue = DEFAULT_URL,
            description = "sqlite:FILE (default: ${DEFAULT-VALUE}), sqlite:///ABS/PATH or "
                    + "postgresql://USER:PASS@HOST:PORT/DB.")
    String url;

    /**
     * Opens the storage, creating it when missing: for commands that start studies.
     *
     * @throws UsageException when the URL is malformed or the database cannot be opened or reached
     */
    public Storage open() {
        return open(OpenMode.CREATE);
    }

    /**
     * Opens the storage as {@code mode} says.
     *
     * @throws UsageException when the URL is malformed, names no greentrain storage that the mode requires, or the
     *                        database cannot be opened or reached
     */
    public Storage open(OpenMode mode) {
        try {
            return Storages.open(url, mode);
        } catch (NoStorageException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (StorageException e) {
            throw new UsageException("cannot open storage: " + e.getMessage(), e);
        }
    }
}
