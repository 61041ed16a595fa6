package org.greentrain.energy;

import java.util.ArrayList;
import java.util.List;

/**
 * A named interval inside a tracked run, for example one epoch. Phases nest: open a sub-phase with
 * {@link #phase(String)}. Closing a phase records its {@link Measurement} in its parent.
 */
public final class Phase implements AutoCloseable {

    private final EnergyTracker tracker;
    private final String label;
    private final Phase parent;
    private final EnergyTracker.Snapshot start;
    private final List<Measurement> children = new ArrayList<>();
    private Measurement result;

    Phase(EnergyTracker tracker, String label, Phase parent) {
        this.tracker = tracker;
        this.label = label;
        this.parent = parent;
        this.start = tracker.snapshot();
    }

    /** Opens a nested phase. */
    public Phase phase(String name) {
        return new Phase(tracker, name, this);
    }

    /** The phase's name. */
    public String label() {
        return label;
    }

    /** Ends the phase (once) and returns what it cost. */
    public synchronized Measurement stop() {
        if (result == null) {
            List<Measurement> closedChildren;
            synchronized (children) {
                closedChildren = List.copyOf(children);
            }
            result = tracker.measure(label, start, tracker.snapshot(), closedChildren);
            if (parent != null) {
                parent.addChild(result);
            }
        }
        return result;
    }

    /** What the phase has cost so far, without ending it. */
    public Measurement elapsed() {
        synchronized (children) {
            return tracker.measure(label, start, tracker.snapshot(), List.copyOf(children));
        }
    }

    private void addChild(Measurement child) {
        synchronized (children) {
            children.add(child);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
