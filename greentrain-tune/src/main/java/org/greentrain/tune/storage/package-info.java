/**
 * Durable storage of studies over JDBC: SQLite (one WAL file, the default) and PostgreSQL (shared between machines),
 * opened from URLs by {@link org.greentrain.tune.storage.Storages}, with versioned SQL migrations
 * ({@link org.greentrain.tune.storage.Migrations}); plus an in-memory store for tests.
 */
package org.greentrain.tune.storage;
