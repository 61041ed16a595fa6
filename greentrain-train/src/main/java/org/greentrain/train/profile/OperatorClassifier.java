package org.greentrain.train.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.train.trainer.StepStage;

/**
 * Maps every event's self time to a (layer type, pass), in two walks over the nesting forest.
 *
 * <ol>
 *   <li><b>Forward and step work</b> (events outside any autograd node): the type of the nearest enclosing event
 *   (itself included) whose name belongs to one layer type ({@link OperatorNames#layerType}); so the self time of
 *   {@code aten::mkldnn_convolution} under {@code aten::conv2d} is conv. Otherwise the step stage the top-level
 *   event ran in decides, from the {@link StageMarker}s: data gathering is data, the loss stage is loss, recording
 *   and checking are metrics, the update stage is the optimizer (Adam's {@code mul_}, {@code addcmul_}, {@code sqrt},
 *   ...), a top-level view or transpose in the forward stage is layout, anything else in the forward stage is other.
 *   The seed gradient the backward stage creates before the autograd engine starts counts as loss/backward.</li>
 *   <li><b>Backward</b> (everything inside an autograd node's event, {@code evaluate_function: XBackward0}): the node
 *   decides, by its name's normal form: a name of one layer type ({@code ConvolutionBackward0} is conv,
 *   {@code AddmmBackward0}, {@code MmBackward0} and {@code TBackward0} linear, {@code ReluBackward0} and
 *   {@code ThresholdBackward0} relu, {@code MaxPool2DWithIndicesBackward0} pool, {@code NativeBatchNormBackward0}
 *   batchnorm, {@code LogSoftmaxBackward0} loss); else the one type that the matching forward operator was given in
 *   the first walk ({@code MulBackward0} is dropout when {@code aten::mul} ran only inside dropout;
 *   {@code NegBackward0}, {@code MeanBackward0} and {@code GatherBackward0} are loss because their forward operators
 *   ran in the loss stage); else layout for view and transpose nodes; else other. A gradient accumulation
 *   ({@code AccumulateGrad}) counts for the layer whose backward node ran last before it in the same backward pass:
 *   PyTorch runs it as soon as that node has produced the parameter's gradient (its priority is the highest), and
 *   accumulating a gradient is part of computing it, not of the optimizer's update.</li>
 * </ol>
 *
 * The markers' own time belongs to no layer. Without markers (a trace of another training loop) only names decide,
 * and unmapped top-level work counts as other with pass none.
 */
public final class OperatorClassifier {

    private static final StepStage[] STAGES = StepStage.values();
    private static final LayerType[] TYPES = LayerType.values();
    private static final Pass[] PASSES = Pass.values();

    private OperatorClassifier() {
    }

    /** The classification of every event of {@code trace}, whose nesting is {@code forest}. */
    public static ClassifiedTrace classify(OperatorTrace trace, TraceForest forest) {
        return new Walk(trace, forest).classify();
    }

    /** The state of one classification. */
    private static final class Walk {

        private final OperatorTrace trace;
        private final TraceForest forest;
        private final int n;
        private final String[] normal;
        private final LayerType[] byName;
        private final boolean[] layout;
        private final boolean[] autograd;
        private final long[] markerStart;
        private final byte[] markerStage;
        private final int[] top;
        private final int[] root;
        private final byte[] named;
        private final byte[] stage;

        Walk(OperatorTrace trace, TraceForest forest) {
            this.trace = trace;
            this.forest = forest;
            this.n = trace.size();
            int names = trace.names().size();
            normal = new String[names];
            byName = new LayerType[names];
            layout = new boolean[names];
            autograd = new boolean[names];
            for (int k = 0; k < names; k++) {
                String name = trace.names().get(k);
                normal[k] = OperatorNames.normalize(name);
                byName[k] = OperatorNames.layerType(normal[k]);
                layout[k] = OperatorNames.isLayout(normal[k]);
                autograd[k] = OperatorNames.isAutogradNode(name);
            }
            int count = 0;
            for (int i = 0; i < n; i++) {
                count += trace.marker(i) != null ? 1 : 0;
            }
            int[] markers = new int[count];
            for (int i = 0, m = 0; i < n; i++) {
                if (trace.marker(i) != null) {
                    markers[m++] = i;
                }
            }
            int[] byStart = IndexSort.sorted(count, (a, b) -> Long.compare(trace.startNanos(markers[a]),
                    trace.startNanos(markers[b])));
            markerStart = new long[count];
            markerStage = new byte[count];
            for (int m = 0; m < count; m++) {
                markerStart[m] = trace.startNanos(markers[byStart[m]]);
                markerStage[m] = (byte) trace.marker(markers[byStart[m]]).ordinal();
            }
            top = new int[n];
            root = new int[n];
            named = new byte[n];
            stage = new byte[n];
        }

        ClassifiedTrace classify() {
            nest();
            byte[] types = new byte[n];
            byte[] passes = new byte[n];
            Map<String, EnumSet<LayerType>> learned = learnForwardTypes();
            long[][] nanos = new long[TYPES.length][PASSES.length];
            long markerNanos = 0;
            long[][] unmappedCalls = new long[normal.length][PASSES.length];
            long[][] unmappedNanos = new long[normal.length][PASSES.length];
            byte[] nodeType = new byte[n];
            LayerType lastWeighted = null;
            int thread = -1;
            for (int k = 0; k < n; k++) {
                int i = forest.ordered(k);
                long self = forest.selfNanos(i);
                if (trace.marker(i) != null) {
                    types[i] = (byte) LayerType.UNATTRIBUTED.ordinal();
                    passes[i] = (byte) Pass.NONE.ordinal();
                    markerNanos += self;
                    continue;
                }
                if (forest.parent(i) < 0 && (trace.thread(i) != thread || root[i] < 0)) {
                    lastWeighted = null;
                    thread = trace.thread(i);
                }
                if (root[i] == i) {
                    LayerType node = nodeType(trace.nameIndex(i), learned, lastWeighted);
                    nodeType[i] = (byte) node.ordinal();
                    if (node.weighted()) {
                        lastWeighted = node;
                    }
                }
                LayerType type;
                Pass pass;
                if (root[i] >= 0) {
                    type = TYPES[nodeType[root[i]]];
                    pass = Pass.BACKWARD;
                } else {
                    type = forwardType(i);
                    pass = forwardPass(i, type);
                }
                types[i] = (byte) type.ordinal();
                passes[i] = (byte) pass.ordinal();
                nanos[type.ordinal()][pass.ordinal()] += self;
                if (type == LayerType.OTHER) {
                    int head = root[i] >= 0 ? root[i] : top[i];
                    unmappedCalls[trace.nameIndex(head)][pass.ordinal()] += head == i ? 1 : 0;
                    unmappedNanos[trace.nameIndex(head)][pass.ordinal()] += self;
                }
            }
            return new ClassifiedTrace(types, passes, result(nanos, markerNanos, unmappedCalls, unmappedNanos));
        }

        /** First walk: each event's top-level ancestor, outermost autograd node, nearest named type and stage. */
        private void nest() {
            for (int k = 0; k < n; k++) {
                int i = forest.ordered(k);
                int p = forest.parent(i);
                int nameIndex = trace.nameIndex(i);
                LayerType own = byName[nameIndex];
                if (p < 0) {
                    top[i] = i;
                    stage[i] = stageAt(trace.startNanos(i));
                    root[i] = autograd[nameIndex] ? i : -1;
                    named[i] = own == null ? -1 : (byte) own.ordinal();
                } else {
                    top[i] = top[p];
                    stage[i] = stage[p];
                    root[i] = root[p] >= 0 ? root[p] : autograd[nameIndex] ? i : -1;
                    named[i] = own == null ? named[p] : (byte) own.ordinal();
                }
            }
        }

        /** The types each forward operator's normal form was given, from events outside autograd nodes. */
        private Map<String, EnumSet<LayerType>> learnForwardTypes() {
            Map<String, EnumSet<LayerType>> learned = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (root[i] >= 0 || trace.marker(i) != null) {
                    continue;
                }
                StepStage s = stage[i] < 0 ? null : STAGES[stage[i]];
                if (s != null && s != StepStage.FORWARD && s != StepStage.LOSS) {
                    continue;
                }
                LayerType type = forwardType(i);
                if (type != LayerType.OTHER) {
                    learned.computeIfAbsent(normal[trace.nameIndex(i)], key -> EnumSet.noneOf(LayerType.class))
                            .add(type);
                }
            }
            return learned;
        }

        /** The type of an event outside autograd nodes: its name's, else by the stage it ran in. */
        private LayerType forwardType(int i) {
            if (named[i] >= 0) {
                return TYPES[named[i]];
            }
            StepStage s = stage[i] < 0 ? null : STAGES[stage[i]];
            if (s == null || s == StepStage.FORWARD) {
                return layout[trace.nameIndex(top[i])] ? LayerType.LAYOUT : LayerType.OTHER;
            }
            switch (s) {
                case DATA:
                    return LayerType.DATA;
                case LOSS:
                case BACKWARD:
                    return LayerType.LOSS;
                case UPDATE:
                    return LayerType.OPTIMIZER;
                default:
                    return LayerType.METRICS;
            }
        }

        /** The pass of an event outside autograd nodes. */
        private Pass forwardPass(int i, LayerType type) {
            StepStage s = stage[i] < 0 ? null : STAGES[stage[i]];
            if (s == null) {
                return named[i] >= 0 || type == LayerType.LAYOUT ? Pass.FORWARD : Pass.NONE;
            }
            switch (s) {
                case FORWARD:
                case LOSS:
                    return Pass.FORWARD;
                case BACKWARD:
                    return Pass.BACKWARD;
                case UPDATE:
                    return Pass.UPDATE;
                default:
                    return Pass.NONE;
            }
        }

        /** The type of an autograd node, see the class comment. */
        private LayerType nodeType(int nameIndex, Map<String, EnumSet<LayerType>> learned, LayerType lastWeighted) {
            String base = normal[nameIndex];
            if (OperatorNames.isAccumulateGrad(base)) {
                return lastWeighted == null ? LayerType.OTHER : lastWeighted;
            }
            if (byName[nameIndex] != null) {
                return byName[nameIndex];
            }
            EnumSet<LayerType> forward = learned.get(base);
            if (forward != null && forward.size() == 1) {
                return forward.iterator().next();
            }
            return layout[nameIndex] ? LayerType.LAYOUT : LayerType.OTHER;
        }

        /** The stage of the last marker starting at or before {@code nanos}, or -1. */
        private byte stageAt(long nanos) {
            int at = Arrays.binarySearch(markerStart, nanos);
            if (at < 0) {
                at = -at - 2;
            } else {
                while (at + 1 < markerStart.length && markerStart[at + 1] == nanos) {
                    at++;
                }
            }
            return at < 0 ? -1 : markerStage[at];
        }

        private TraceBreakdown result(long[][] nanos, long markerNanos, long[][] unmappedCalls,
                                      long[][] unmappedNanos) {
            List<OperatorTime> rows = new ArrayList<>();
            long total = 0;
            for (LayerType type : TYPES) {
                for (Pass pass : PASSES) {
                    long t = nanos[type.ordinal()][pass.ordinal()];
                    total += t;
                    if (t > 0) {
                        rows.add(new OperatorTime(type, pass, t / 1e9));
                    }
                }
            }
            List<UnmappedOperator> others = new ArrayList<>();
            for (int k = 0; k < normal.length; k++) {
                String name = trace.names().get(k);
                if (name.startsWith(OperatorNames.AUTOGRAD_PREFIX)) {
                    name = name.substring(OperatorNames.AUTOGRAD_PREFIX.length());
                }
                for (Pass pass : PASSES) {
                    if (unmappedCalls[k][pass.ordinal()] > 0) {
                        others.add(new UnmappedOperator(name, pass, unmappedCalls[k][pass.ordinal()],
                                unmappedNanos[k][pass.ordinal()] / 1e9));
                    }
                }
            }
            others.sort(Comparator.comparingDouble(UnmappedOperator::seconds).reversed()
                    .thenComparing(UnmappedOperator::name));
            int steps = 0;
            for (byte s : markerStage) {
                if (STAGES[s] == StepStage.DATA) {
                    steps++;
                }
            }
            return new TraceBreakdown(rows, others, total / 1e9, markerNanos / 1e9, n, trace.threads(), steps);
        }
    }
}
