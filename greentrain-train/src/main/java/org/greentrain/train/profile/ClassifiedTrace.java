package org.greentrain.train.profile;

/**
 * Every event of a trace with the (layer type, pass) its self time counts for, and the totals. Stage markers count as
 * {@link LayerType#UNATTRIBUTED} with pass {@link Pass#NONE}: their time belongs to no layer.
 */
public final class ClassifiedTrace {

    private static final LayerType[] TYPES = LayerType.values();
    private static final Pass[] PASSES = Pass.values();

    private final byte[] type;
    private final byte[] pass;
    private final TraceBreakdown breakdown;

    ClassifiedTrace(byte[] type, byte[] pass, TraceBreakdown breakdown) {
        this.type = type;
        this.pass = pass;
        this.breakdown = breakdown;
    }

    /** The layer type event {@code i}'s self time counts for. */
    public LayerType type(int i) {
        return TYPES[type[i]];
    }

    /** The pass event {@code i}'s self time counts for. */
    public Pass pass(int i) {
        return PASSES[pass[i]];
    }

    /** Self time per layer type and pass, and the unmapped operators. */
    public TraceBreakdown breakdown() {
        return breakdown;
    }
}
