package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceForestTest {

    @TempDir
    Path dir;

    @Test
    void nestsTheConvolutionChainOfTheRecordedTraceAndSubtractsChildren() {
        OperatorTrace trace = ChromeTraceReader.read(TraceFiles.fixture());
        TraceForest forest = TraceForest.of(trace);

        int conv2d = TraceFiles.nth(trace, "aten::conv2d", 0);
        int convolution = TraceFiles.nth(trace, "aten::convolution", 0);
        int underscore = TraceFiles.nth(trace, "aten::_convolution", 0);
        int mkldnn = TraceFiles.nth(trace, "aten::mkldnn_convolution", 0);
        assertThat(forest.parent(conv2d)).isEqualTo(-1);
        assertThat(forest.parent(convolution)).isEqualTo(conv2d);
        assertThat(forest.parent(underscore)).isEqualTo(convolution);
        assertThat(forest.parent(mkldnn)).isEqualTo(underscore);
        // conv2d 11834.972 us, its only child convolution 11827.280 us
        assertThat(forest.selfNanos(conv2d)).isEqualTo(11_834_972L - 11_827_280L);
        assertThat(forest.selfNanos(convolution)).isEqualTo(11_827_280L - 11_797_897L);
        // mkldnn_convolution 11782.123 us less its children empty 2.874 + 5.668, as_strided_ 9.354, resize_ 1.843
        assertThat(forest.selfNanos(mkldnn)).isEqualTo(11_782_123L - 2_874L - 5_668L - 9_354L - 1_843L);
    }

    @Test
    void selfTimesAddUpToTheTimeTheTopLevelEventsCover() {
        OperatorTrace trace = ChromeTraceReader.read(TraceFiles.fixture());
        TraceForest forest = TraceForest.of(trace);

        long self = 0;
        long topLevel = 0;
        for (int i = 0; i < trace.size(); i++) {
            assertThat(forest.selfNanos(i)).isNotNegative();
            self += forest.selfNanos(i);
            if (forest.parent(i) < 0) {
                topLevel += trace.durationNanos(i);
            }
        }
        assertThat(self).isEqualTo(topLevel).isEqualTo(forest.coveredNanos()).isEqualTo(214_797_873L);
    }

    @Test
    void identicalSpansNestTheEventWrittenLaterOutside() {
        OperatorTrace trace = read(
                TraceFiles.event("aten::clamp_min", 0, 10, 1, "[]"),
                TraceFiles.event("aten::relu", 0, 10, 1, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(forest.parent(0)).isEqualTo(1);
        assertThat(forest.parent(1)).isEqualTo(-1);
        assertThat(forest.selfNanos(1)).isZero();
        assertThat(forest.selfNanos(0)).isEqualTo(10_000);
    }

    @Test
    void equalStartsNestTheShorterInsideWhateverTheFileOrder() {
        OperatorTrace trace = read(
                TraceFiles.event("inner", 0, 4, 1, "[]"),
                TraceFiles.event("outer", 0, 10, 1, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(forest.parent(0)).isEqualTo(1);
        assertThat(forest.selfNanos(1)).isEqualTo(6_000);
    }

    @Test
    void zeroDurationEventsNestWhereTheyStartAndTakeNoTime() {
        OperatorTrace trace = read(
                TraceFiles.event("parent", 0, 5, 1, "[]"),
                TraceFiles.event("atStart", 0, 0, 1, "[]"),
                TraceFiles.event("atEnd", 5, 0, 1, "[]"),
                TraceFiles.event("zeroBeforeSameStart", 20, 0, 1, "[]"),
                TraceFiles.event("sameStart", 20, 3, 1, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(forest.parent(1)).isEqualTo(0);
        assertThat(forest.parent(2)).isEqualTo(-1);
        assertThat(forest.parent(3)).isEqualTo(4);
        assertThat(forest.selfNanos(1)).isZero();
        assertThat(forest.selfNanos(2)).isZero();
        assertThat(forest.selfNanos(0)).isEqualTo(5_000);
        assertThat(forest.coveredNanos()).isEqualTo(8_000);
    }

    @Test
    void siblingsStartingWhereTheLastEndedAreNotItsChildren() {
        OperatorTrace trace = read(
                TraceFiles.event("second", 3, 2, 1, "[]"),
                TraceFiles.event("parent", 0, 10, 1, "[]"),
                TraceFiles.event("first", 1, 2, 1, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(forest.parent(0)).isEqualTo(1);
        assertThat(forest.parent(2)).isEqualTo(1);
        assertThat(forest.selfNanos(1)).isEqualTo(6_000);
    }

    @Test
    void aChildOutlastingItsParentIsClippedSoNothingCountsTwice() {
        OperatorTrace trace = read(
                TraceFiles.event("parent", 0, 10, 1, "[]"),
                TraceFiles.event("child", 9.5, 1, 1, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(forest.parent(1)).isEqualTo(0);
        assertThat(forest.selfNanos(1)).isEqualTo(500);
        assertThat(forest.selfNanos(0)).isEqualTo(9_500);
        assertThat(forest.coveredNanos()).isEqualTo(10_000);
    }

    @Test
    void threadsNestSeparately() {
        OperatorTrace trace = read(
                TraceFiles.event("main", 0, 10, 1, "[]"),
                TraceFiles.event("worker", 2, 3, 7, "[]"));
        TraceForest forest = TraceForest.of(trace);

        assertThat(trace.threads()).isEqualTo(2);
        assertThat(forest.parent(1)).isEqualTo(-1);
        assertThat(forest.coveredNanos(trace.thread(0))).isEqualTo(10_000);
        assertThat(forest.coveredNanos(trace.thread(1))).isEqualTo(3_000);
    }

    private OperatorTrace read(String... events) {
        return ChromeTraceReader.read(TraceFiles.write(dir, events));
    }
}
