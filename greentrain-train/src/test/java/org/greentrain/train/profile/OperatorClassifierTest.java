package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorClassifierTest {

    private static OperatorTrace trace;
    private static TraceForest forest;
    private static ClassifiedTrace classified;

    @TempDir
    Path dir;

    @BeforeAll
    static void classifyTheRecordedTrace() {
        trace = ChromeTraceReader.read(TraceFiles.fixture());
        forest = TraceForest.of(trace);
        classified = OperatorClassifier.classify(trace, forest);
    }

    @Test
    void forwardOperatorsTakeTheTypeOfTheNearestNamedEnclosingOperator() {
        assertMapped("aten::conv2d", 0, LayerType.CONV, Pass.FORWARD);
        assertMapped("aten::mkldnn_convolution", 0, LayerType.CONV, Pass.FORWARD);
        assertMapped("aten::native_batch_norm", 1, LayerType.BATCHNORM, Pass.FORWARD);
        assertMapped("aten::clamp_min", 0, LayerType.RELU, Pass.FORWARD);
        assertMapped("aten::max_pool2d_with_indices", 0, LayerType.POOL, Pass.FORWARD);
        assertMapped("aten::bernoulli_", 0, LayerType.DROPOUT, Pass.FORWARD);
        assertMapped("aten::t", 0, LayerType.LINEAR, Pass.FORWARD);
        assertMapped("aten::addmm", 1, LayerType.LINEAR, Pass.FORWARD);
        // DJL's batch norm swaps axis 1 with itself before and after: top-level transposes are layout
        assertMapped("aten::transpose", 0, LayerType.LAYOUT, Pass.FORWARD);
    }

    @Test
    void topLevelWorkIsMappedByTheStageItRunsIn() {
        assertMapped("aten::index", 0, LayerType.DATA, Pass.NONE);
        assertMapped("aten::gather", 0, LayerType.LOSS, Pass.FORWARD);
        assertMapped("aten::neg", 0, LayerType.LOSS, Pass.FORWARD);
        assertMapped("aten::ones", 0, LayerType.LOSS, Pass.BACKWARD);
        assertMapped("aten::argmax", 0, LayerType.METRICS, Pass.NONE);
        assertMapped("aten::sub_", 0, LayerType.OPTIMIZER, Pass.UPDATE);
        assertMapped("aten::zero_", 3, LayerType.OPTIMIZER, Pass.UPDATE);
        // the reshape inside the batch gather is data, the top-level reshape of flatten is layout
        int gatherReshape = child(TraceFiles.nth(trace, "aten::index", 0), "aten::reshape");
        assertThat(classified.type(gatherReshape)).isEqualTo(LayerType.DATA);
        assertMapped("aten::view", 0, LayerType.DATA, Pass.NONE);
    }

    @Test
    void everythingInsideAnAutogradNodeIsThatNodesBackward() {
        assertMapped("autograd::engine::evaluate_function: ConvolutionBackward0", 0, LayerType.CONV, Pass.BACKWARD);
        assertMapped("aten::convolution_backward", 1, LayerType.CONV, Pass.BACKWARD);
        assertMapped("AddmmBackward0", 0, LayerType.LINEAR, Pass.BACKWARD);
        assertMapped("aten::mm", 0, LayerType.LINEAR, Pass.BACKWARD);
        assertMapped("TBackward0", 0, LayerType.LINEAR, Pass.BACKWARD);
        assertMapped("aten::threshold_backward", 0, LayerType.RELU, Pass.BACKWARD);
        assertMapped("MaxPool2DWithIndicesBackward0", 0, LayerType.POOL, Pass.BACKWARD);
        assertMapped("aten::native_batch_norm_backward", 0, LayerType.BATCHNORM, Pass.BACKWARD);
        assertMapped("LogSoftmaxBackward0", 0, LayerType.LOSS, Pass.BACKWARD);
        assertMapped("ViewBackward0", 0, LayerType.LAYOUT, Pass.BACKWARD);
        assertMapped("TransposeBackward0", 1, LayerType.LAYOUT, Pass.BACKWARD);
    }

    @Test
    void genericNodesTakeTheOneTypeTheirForwardOperatorHad() {
        // aten::mul ran only inside aten::dropout; neg, mean and gather only in the loss stage
        assertMapped("MulBackward0", 0, LayerType.DROPOUT, Pass.BACKWARD);
        assertMapped("NegBackward0", 0, LayerType.LOSS, Pass.BACKWARD);
        assertMapped("MeanBackward0", 1, LayerType.LOSS, Pass.BACKWARD);
        assertMapped("GatherBackward0", 0, LayerType.LOSS, Pass.BACKWARD);
    }

    @Test
    void gradientAccumulationCountsForTheLayerWhoseNodeRanJustBefore() {
        int batchNorm = TraceFiles.nth(trace, "autograd::engine::evaluate_function: NativeBatchNormBackward0", 0);
        int next = nextTopLevel(batchNorm);
        assertThat(trace.name(next)).endsWith("AccumulateGrad");
        assertThat(classified.type(next)).isEqualTo(LayerType.BATCHNORM);
        int conv = TraceFiles.nth(trace, "autograd::engine::evaluate_function: ConvolutionBackward0", 1);
        int afterConv = nextTopLevel(conv);
        assertThat(classified.type(afterConv)).isEqualTo(LayerType.CONV);
        assertThat(classified.type(nextTopLevel(afterConv))).isEqualTo(LayerType.CONV);
        int linear = TraceFiles.nth(trace, "autograd::engine::evaluate_function: TBackward0", 0);
        assertThat(classified.type(nextTopLevel(linear))).isEqualTo(LayerType.LINEAR);
    }

    @Test
    void markersBelongToNoLayerAndStepsAreCounted() {
        assertMapped(StageMarker.OPERATOR, 0, LayerType.UNATTRIBUTED, Pass.NONE);
        TraceBreakdown breakdown = classified.breakdown();
        assertThat(breakdown.steps()).isEqualTo(2);
        assertThat(breakdown.events()).isEqualTo(840);
        assertThat(breakdown.unmapped()).isEmpty();
        assertThat(breakdown.seconds(LayerType.OTHER, Pass.FORWARD)).isZero();
    }

    @Test
    void everyNanosecondOfSelfTimeIsInExactlyOneRowOrTheMarkers() {
        TraceBreakdown breakdown = classified.breakdown();
        double rows = breakdown.rows().stream().mapToDouble(OperatorTime::seconds).sum();

        assertThat(rows).isCloseTo(breakdown.operatorSeconds(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(breakdown.operatorSeconds() + breakdown.markerSeconds())
                .isCloseTo(forest.coveredNanos() / 1e9, org.assertj.core.data.Offset.offset(1e-12));
        // the first conv2d's whole subtree, 11834.972 us, plus the second's
        int second = TraceFiles.nth(trace, "aten::conv2d", 1);
        assertThat(breakdown.seconds(LayerType.CONV, Pass.FORWARD))
                .isCloseTo((11_834_972L + trace.durationNanos(second)) / 1e9,
                        org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void withoutMarkersOnlyNamesDecideAndTheRestIsListedAsOther() {
        OperatorTrace plain = ChromeTraceReader.read(TraceFiles.write(dir,
                TraceFiles.event("aten::conv2d", 0, 10, 1, "[]"),
                TraceFiles.event("aten::mkldnn_convolution", 1, 8, 1, "[]"),
                TraceFiles.event("aten::sqrt", 20, 2, 1, "[]"),
                TraceFiles.event("aten::sqrt", 30, 3, 1, "[]"),
                TraceFiles.event("aten::empty", 30.5, 1, 1, "[]"),
                TraceFiles.event("autograd::engine::evaluate_function: ConvolutionBackward0", 40, 6, 1, "[]"),
                TraceFiles.event("autograd::engine::evaluate_function: CopySlices", 50, 1, 1, "[]")));
        ClassifiedTrace c = OperatorClassifier.classify(plain, TraceForest.of(plain));

        assertThat(c.type(1)).isEqualTo(LayerType.CONV);
        assertThat(c.pass(1)).isEqualTo(Pass.FORWARD);
        assertThat(c.type(5)).isEqualTo(LayerType.CONV);
        assertThat(c.pass(5)).isEqualTo(Pass.BACKWARD);
        assertThat(c.type(4)).isEqualTo(LayerType.OTHER);
        assertThat(c.breakdown().steps()).isZero();
        assertThat(c.breakdown().unmapped()).containsExactly(
                new UnmappedOperator("aten::sqrt", Pass.NONE, 2, 5e-6),
                new UnmappedOperator("CopySlices", Pass.BACKWARD, 1, 1e-6));
    }

    @Test
    void aNodeWhoseForwardOperatorHadTwoTypesIsOther() {
        OperatorTrace mixed = ChromeTraceReader.read(TraceFiles.write(dir,
                TraceFiles.marker(102, 0),
                TraceFiles.event("aten::dropout", 2, 4, 1, "[]"),
                TraceFiles.event("aten::mul", 3, 1, 1, "[]"),
                TraceFiles.marker(103, 10),
                TraceFiles.event("aten::mul", 12, 1, 1, "[]"),
                TraceFiles.marker(104, 20),
                TraceFiles.event("autograd::engine::evaluate_function: MulBackward0", 22, 2, 1, "[]")));
        ClassifiedTrace c = OperatorClassifier.classify(mixed, TraceForest.of(mixed));

        assertThat(c.type(2)).isEqualTo(LayerType.DROPOUT);
        assertThat(c.type(4)).isEqualTo(LayerType.LOSS);
        assertThat(c.type(6)).isEqualTo(LayerType.OTHER);
        assertThat(c.breakdown().unmapped()).extracting(UnmappedOperator::name).containsExactly("MulBackward0");
    }

    private static void assertMapped(String name, int k, LayerType type, Pass pass) {
        int i = TraceFiles.nth(trace, name, k);
        assertThat(classified.type(i)).as(name + " #" + k).isEqualTo(type);
        assertThat(classified.pass(i)).as(name + " #" + k).isEqualTo(pass);
    }

    private static int child(int parent, String name) {
        for (int i = 0; i < trace.size(); i++) {
            if (forest.parent(i) == parent && trace.name(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no child " + name);
    }

    /** The top-level event starting next after top-level event {@code i}. */
    private static int nextTopLevel(int i) {
        int best = -1;
        for (int j = 0; j < trace.size(); j++) {
            if (forest.parent(j) < 0 && trace.startNanos(j) > trace.startNanos(i)
                    && (best < 0 || trace.startNanos(j) < trace.startNanos(best))) {
                best = j;
            }
        }
        return best;
    }
}
