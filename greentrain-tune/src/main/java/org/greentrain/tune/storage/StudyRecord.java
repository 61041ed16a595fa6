package org.greentrain.tune.storage;

import java.time.Instant;
import java.util.Map;

/**
 * A study as stored: its name, canonical space and goals, and attributes.
 *
 * @param id        storage key
 * @param name      unique name
 * @param space     canonical search-space string
 * @param goals     canonical goals string, for example {@code accuracy:maximize,energy:minimize}
 * @param createdAt creation time
 * @param attrs     study attributes
 */
public record StudyRecord(long id, String name, String space, String goals, Instant createdAt,
                          Map<String, String> attrs) {

    public StudyRecord {
        attrs = Map.copyOf(attrs);
    }
}
