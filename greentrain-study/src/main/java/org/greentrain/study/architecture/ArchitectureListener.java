package org.greentrain.study.architecture;

import org.greentrain.study.factorial.AblationListener;
import org.greentrain.study.factorial.Cell;

/**
 * Progress callbacks of an {@link ArchitectureRunner}, on the thread that trains: those of its ablation runs, then
 * those of the cell profiles. For progress bars and logs.
 */
public interface ArchitectureListener extends AblationListener {

    /** A listener that ignores everything. */
    ArchitectureListener NONE = new ArchitectureListener() {
    };

    /** After the runs, before profiling: {@code alreadyDone} of {@code total} cells were profiled earlier. */
    default void onProfilingStart(int alreadyDone, int total) {
    }

    /** Before the profile of a cell; {@code done} of {@code total} cells are profiled. */
    default void onProfileStart(Cell cell, int done, int total) {
    }

    /** After the profile of a cell was stored. */
    default void onProfiled(CellProfile profile, int done, int total) {
    }
}
