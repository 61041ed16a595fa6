package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.train.trainer.StepStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromeTraceReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryEventOfTheRecordedTrace() {
        OperatorTrace trace = ChromeTraceReader.read(TraceFiles.fixture());

        assertThat(trace.size()).isEqualTo(840);
        assertThat(trace.names()).hasSize(92).contains("aten::conv2d", "aten::mkldnn_convolution",
                "autograd::engine::evaluate_function: ConvolutionBackward0", "torch::autograd::AccumulateGrad");
        assertThat(trace.threads()).isEqualTo(1);
        int conv = TraceFiles.nth(trace, "aten::conv2d", 0);
        assertThat(trace.startNanos(conv)).isEqualTo(6_656_227L);
        assertThat(trace.durationNanos(conv)).isEqualTo(11_834_972L);
    }

    @Test
    void decodesTheStageMarkersFromTheirShapes() {
        OperatorTrace trace = ChromeTraceReader.read(TraceFiles.fixture());

        long markers = java.util.stream.IntStream.range(0, trace.size()).filter(i -> trace.marker(i) != null).count();
        assertThat(markers).isEqualTo(14);
        int firstData = TraceFiles.nth(trace, StageMarker.OPERATOR, 0);
        assertThat(trace.marker(firstData)).isEqualTo(StepStage.DATA);
        assertThat(java.util.stream.IntStream.range(0, trace.size())
                .filter(i -> trace.marker(i) == StepStage.UPDATE).count()).isEqualTo(2);
    }

    @Test
    void anInPlaceMultiplyOfAnotherShapeIsNoMarker() {
        Path file = TraceFiles.write(dir,
                TraceFiles.event("aten::mul_", 0, 2, 1, "[[1, 1, 1, 1, 1, 1, 2, 101], [1]]"),
                TraceFiles.event("aten::mul_", 5, 2, 1, "[[1, 1, 1, 1, 1, 1, 1, 99], [1]]"),
                TraceFiles.event("aten::add_", 9, 2, 1, "[[1, 1, 1, 1, 1, 1, 1, 101], [1]]"),
                TraceFiles.event("aten::mul_", 12, 2, 1, "[[1, 1, 1, 1, 1, 1, 1, 104], [1]]"));

        OperatorTrace trace = ChromeTraceReader.read(file);

        assertThat(trace.marker(0)).isNull();
        assertThat(trace.marker(1)).isNull();
        assertThat(trace.marker(2)).isNull();
        assertThat(trace.marker(3)).isEqualTo(StepStage.BACKWARD);
    }

    @Test
    void rejectsATruncatedTrace() throws IOException {
        String text = Files.readString(TraceFiles.fixture());
        Path cut = TraceFiles.writeText(dir, text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> ChromeTraceReader.read(cut)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("truncated").hasMessageContaining(cut.toString());
    }

    @Test
    void rejectsATraceCutBetweenEvents() {
        Path cut = TraceFiles.writeText(dir, "[\n" + TraceFiles.event("aten::relu", 0, 1, 1, "[]") + ",\n");

        assertThatThrownBy(() -> ChromeTraceReader.read(cut)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsTheTraceEventsObjectFormat() {
        Path kineto = TraceFiles.writeText(dir, "{\"traceEvents\": [" + TraceFiles.event("aten::relu", 0, 1, 1, "[]")
                + "]}");

        assertThatThrownBy(() -> ChromeTraceReader.read(kineto)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("is a JSON object").hasMessageContaining("traceEvents");
    }

    @Test
    void rejectsEventsWithoutTheNeededFields() {
        Path noDuration = TraceFiles.writeText(dir, "[{\"name\": \"aten::relu\", \"ph\": \"X\", \"ts\": 1.0}]");
        Path noPhase = TraceFiles.writeText(dir, "[{\"name\": \"aten::relu\", \"ts\": 1.0, \"dur\": 2.0}]");
        Path begin = TraceFiles.writeText(dir, "[{\"name\": \"aten::relu\", \"ph\": \"B\", \"ts\": 1.0, \"dur\": 2}]");
        Path textTime = TraceFiles.writeText(dir, "[{\"name\": \"x\", \"ph\": \"X\", \"ts\": \"1\", \"dur\": 2}]");
        Path negative = TraceFiles.writeText(dir, "[{\"name\": \"x\", \"ph\": \"X\", \"ts\": 1, \"dur\": -2}]");
        Path notEvents = TraceFiles.writeText(dir, "[1, 2, 3]");

        assertThatThrownBy(() -> ChromeTraceReader.read(noDuration)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("\"dur\"").hasMessageContaining("index 0");
        assertThatThrownBy(() -> ChromeTraceReader.read(noPhase)).hasMessageContaining("without a \"ph\"");
        assertThatThrownBy(() -> ChromeTraceReader.read(begin)).hasMessageContaining("phase \"B\"");
        assertThatThrownBy(() -> ChromeTraceReader.read(textTime)).hasMessageContaining("non-numeric \"ts\"");
        assertThatThrownBy(() -> ChromeTraceReader.read(negative)).hasMessageContaining("negative duration");
        assertThatThrownBy(() -> ChromeTraceReader.read(notEvents)).hasMessageContaining("not an event object");
    }

    @Test
    void rejectsEmptyMissingAndNonJsonFiles() {
        Path empty = TraceFiles.writeText(dir, "");
        Path garbage = TraceFiles.writeText(dir, "[{\"name\": oops}]");

        assertThatThrownBy(() -> ChromeTraceReader.read(empty)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> ChromeTraceReader.read(garbage)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> ChromeTraceReader.read(dir.resolve("missing.json")))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("does not exist");
    }
}
