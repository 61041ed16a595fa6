package org.greentrain.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.EpochRecord;
import org.junit.jupiter.api.Test;

class TrainProgressTest {

    private static EpochRecord epoch(int n, String stage, double testAccuracy) {
        return new EpochRecord(n, stage, 1000, 0.21544, 0.9341, 0.1, testAccuracy, 2.0, 500, 2.5, 41.2, 20, 90, 40,
                0.01, "tdp-estimate");
    }

    @Test
    void summarisesAFinishedEpoch() {
        assertThat(TrainProgress.summary(epoch(1, "train", 0.97106)))
                .isEqualTo("loss 0.2154 · acc 93.4% · test 97.1% · 41.20 J");
        assertThat(TrainProgress.summary(epoch(1, "train", Double.NaN))).isEqualTo("loss 0.2154 · acc 93.4% · 41.20 J");
        assertThat(TrainProgress.taskName(new BatchProgress(2, 5, 1, 10, "train"))).isEqualTo("epoch 2/5");
        assertThat(TrainProgress.taskName(new BatchProgress(1, 5, 1, 10, "fes-pretrain")))
                .isEqualTo("epoch 1/5 fes-pretrain");
    }

    @Test
    void drawsOneBarPerEpochLeftWithTheEpochFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TrainProgress progress = new TrainProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            for (int e = 1; e <= 2; e++) {
                for (int b = 1; b <= 4; b++) {
                    progress.onBatch(new BatchProgress(e, 2, b, 4, "train"));
                }
                progress.onEpoch(epoch(e, "train", 0.5));
            }
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);

        assertThat(drawn).contains("epoch 1/2").contains("epoch 2/2").contains("4/4")
                .contains("loss 0.2154 · acc 93.4% · test 50.0% · 41.20 J");
    }
}
