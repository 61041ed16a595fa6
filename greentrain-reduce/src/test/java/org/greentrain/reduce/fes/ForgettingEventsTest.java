package org.greentrain.reduce.fes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class ForgettingEventsTest {

    private static final boolean T = true;
    private static final boolean F = false;

    @Test
    void countsCorrectThenWrongTransitionsOnly() {
        ForgettingEvents e = new ForgettingEvents(4);
        e.record(new boolean[] {T, F, T, F});
        e.record(new boolean[] {F, T, T, F});   // example 0 forgotten
        e.record(new boolean[] {T, F, T, F});   // example 1 forgotten
        e.record(new boolean[] {F, F, F, F});   // examples 0 and 2 forgotten
        assertThat(e.forgetCounts()).containsExactly(2, 1, 1, 0);
        assertThat(e.lastCorrect()).containsExactly(F, F, F, F);
        assertThat(e.passes()).isEqualTo(4);
    }

    @Test
    void unlearnedExamplesRankFirstThenMostForgottenTiesByIndex() {
        ForgettingEvents e = new ForgettingEvents(8);
        // example:             0  1  2  3  4  5  6  7
        e.record(new boolean[] {T, T, T, F, T, T, T, T});
        e.record(new boolean[] {F, T, F, F, F, T, T, F});
        e.record(new boolean[] {T, T, T, F, T, T, T, T});
        e.record(new boolean[] {F, T, T, F, T, T, T, T});
        // forgets: 0->2, 2->1, 4->1, 7->1; 3 never learned and never forgotten; 1,5,6 never forgotten
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1};
        assertThat(e.select(labels, 2, 0.75)).containsExactly(3, 0, 2, 4, 7, 5);
        assertThat(e.select(labels, 2, 0.25)).containsExactly(3, 4);
    }

    @Test
    void classWithZeroQuotaContributesNothing() {
        ForgettingEvents e = new ForgettingEvents(5);
        e.record(new boolean[] {T, F, T, T, F});
        assertThat(e.select(new int[] {0, 0, 0, 0, 1}, 2, 0.5)).containsExactly(1, 0);
    }

    @Test
    void badInputIsRefused() {
        ForgettingEvents e = new ForgettingEvents(3);
        assertThatThrownBy(() -> e.record(new boolean[2])).hasMessage("a pass must cover all 3 examples, got 2");
        assertThatThrownBy(() -> e.select(new int[] {0, 1}, 2, 0.5)).hasMessage("2 labels for 3 examples");
        assertThatThrownBy(() -> e.select(new int[] {0, 1, 2}, 2, 0.5))
                .hasMessage("example 2 has label 2 outside [0, 2)");
        assertThatThrownBy(() -> e.select(new int[] {0, 1, 1}, 2, 0)).hasMessage(
                "keep fraction must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new ForgettingEvents(-1)).hasMessage("number of examples must be >= 0, got -1");
    }

    @Test
    void reducerWithoutHookExplainsWhatItNeeds() {
        Dataset data = TestData.blobs(new int[] {10, 10}, 2, 3, 1);
        assertThatThrownBy(() -> ReductionMethod.FES.create().reduce(data, 0.5, 0, TestData.METER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("fes needs a model to count forgetting events");
    }

    @Test
    void reducerWithAScriptedHookKeepsTheMostForgottenRowsOfEachClass() {
        Dataset data = TestData.blobs(new int[] {6, 4}, 2, 3, 1);
        int[] seenEpochs = new int[1];
        // rows 0, 3, 6, 9 alternate correct / wrong (3 forgetting events in 6 epochs); the others are always correct
        ForgettingHook hook = (d, epochs, seed) -> {
            seenEpochs[0] = epochs;
            ForgettingEvents e = new ForgettingEvents(d.rows());
            for (int epoch = 0; epoch < epochs; epoch++) {
                boolean[] correct = new boolean[d.rows()];
                for (int i = 0; i < d.rows(); i++) {
                    correct[i] = i % 3 != 0 || epoch % 2 == 0;
                }
                e.record(correct);
            }
            return e;
        };
        Reduction r = ReductionMethod.FES.create(Map.of("epochs", "6"), hook).reduce(data, 0.5, 0, TestData.METER);
        assertThat(seenEpochs[0]).isEqualTo(6);
        int[] expected = java.util.stream.IntStream.range(0, 2).flatMap(c -> java.util.stream.IntStream
                .of(data.indicesOfClass(c)).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer i) -> i % 3 == 0 ? 0 : 1).thenComparingInt(i -> i))
                .limit(data.indicesOfClass(c).length / 2).mapToInt(i -> i)).toArray();
        assertThat(r.sourceRows()).containsExactly(expected);
        assertThat(r.notes()).containsExactly("fes: forgetting events counted over 6 evaluation passes");
    }
}
