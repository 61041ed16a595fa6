package org.greentrain.train.fes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.DataPlan;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.junit.jupiter.api.Test;

class ForgettingEventsTrainingTest {

    @Test
    void preTrainsOnAllRowsThenContinuesOnTheSelectedRowsAndCountsThePreTraining() {
        // overlapping blobs so that some rows are forgotten; uneven classes so that per-class truncation shows
        Dataset train = Fixtures.blobs("fes", new int[] {55, 101, 144}, 4, 1.0, 11);
        Dataset test = Fixtures.blobs("fes-test", new int[] {20, 20, 20}, 4, 1.0, 12);
        double keep = 0.3;

        int[][] told = new int[1][];
        boolean[][] toldCorrect = new boolean[1][];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onForgettingEvents(int[] forgetCounts, boolean[] lastCorrect) {
                assertThat(told[0]).as("told once").isNull();
                told[0] = forgetCounts;
                toldCorrect[0] = lastCorrect;
            }
        };

        TrainingResult result = new Trainer(Fixtures.meter()).train(TrainingRequest.of(
                        ModelSpecs.parse("mlp:hidden=16,dropout=0.2"), train, test)
                .withConfig(TrainingConfig.defaults().withBatchSize(32).withEpochs(5).withOptimizer("adam:lr=0.01"))
                .withDataPlan(new DataPlan.ForgettingEvents(keep, 3)).withListener(listener));

        // overlapping blobs: some rows were forgotten, so the ranking is not just the row order
        assertThat(Arrays.stream(told[0]).max().orElseThrow()).isPositive();
        int[] expectedRows = mostForgotten(train, told[0], toldCorrect[0], keep);
        assertThat(result.reduction().keptRows()).containsExactly(expectedRows);
        int expected = expectedRows.length;
        assertThat(result.dataPlan()).isEqualTo("fes:0.3,init=3");
        assertThat(result.reduction().method()).isEqualTo("fes");
        assertThat(result.reduction().rowsBefore()).isEqualTo(300);
        assertThat(result.reduction().rowsAfter()).isEqualTo(expected);
        assertThat(result.trainRows()).isEqualTo(300);
        assertThat(result.epochs()).extracting(EpochRecord::stage)
                .containsExactly("fes-pretrain", "fes-pretrain", "fes-pretrain", "fes-reduced", "fes-reduced");
        assertThat(result.epochs()).extracting(EpochRecord::trainRows)
                .containsExactly(300, 300, 300, expected, expected);

        // the reduction's cost is the three pre-training epochs (with their counting passes) plus the selection
        double preTraining = result.epochs().subList(0, 3).stream().mapToDouble(EpochRecord::energyJoules).sum();
        assertThat(result.reduction().cost().energyJoules()).isGreaterThanOrEqualTo(preTraining);
        assertThat(result.reduction().cost().phase("epoch-1").orElseThrow().phase("forgetting-pass")).isPresent();
        // and the run's total includes it and the continued training
        double allEpochs = result.epochs().stream().mapToDouble(EpochRecord::energyJoules).sum();
        assertThat(result.measurement().energyJoules()).isGreaterThan(allEpochs);
        assertThat(result.measurement().phase("forgetting-events")).isPresent();
        assertThat(result.test()).isNotNull();
    }

    /**
     * Per class in label order, the trunc(keep n_c) rows ranked as the FES spec says: unlearned rows (never right and
     * never forgotten) first, then by forgetting events, most first, ties by row index.
     */
    private static int[] mostForgotten(Dataset train, int[] forgets, boolean[] lastCorrect, double keep) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < train.numClasses(); c++) {
            int[] rows = train.indicesOfClass(c);
            Comparator<Integer> ranking = Comparator.comparing((Integer i) -> lastCorrect[i] || forgets[i] > 0)
                    .thenComparing(i -> -forgets[i]).thenComparing(i -> i);
            Arrays.stream(rows).boxed().sorted(ranking).limit((long) Math.floor(keep * rows.length)).forEach(kept::add);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }
}
