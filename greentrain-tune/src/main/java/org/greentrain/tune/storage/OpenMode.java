package org.greentrain.tune.storage;

/**
 * How {@link Storages#open(String, OpenMode)} treats the database a URL names. Commands that only read a study or
 * continue one must not leave a new database where a typo pointed, nor add greentrain's tables to another program's
 * database; only commands that start studies create.
 */
public enum OpenMode {

    /** Create the database (an SQLite file and its directory) when missing, and bring its schema up to date. */
    CREATE,

    /**
     * Require a database that holds greentrain's schema and create nothing. A schema older than this version's is
     * brought up to date: the caller is about to write to it, which the current statements need the current schema for.
     */
    EXISTING,

    /**
     * Require a database that holds greentrain's schema at the current version, and change nothing: an older schema is
     * refused (opening it once with {@link #EXISTING} or {@link #CREATE} upgrades it), not migrated by a reader.
     */
    READ
}
