package org.greentrain.reduce.fes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

/** FES through a scripted training hook: which rows each evaluation pass got right is given, not trained. */
class FesReducerTest {

    /** Rows 0-2 are class 0, rows 3-5 class 1. */
    private static final Dataset DATA = TestData.of(
            new double[][] {{0}, {1}, {2}, {10}, {11}, {12}}, new int[] {0, 0, 0, 1, 1, 1}, 2);

    /**
     * Six passes: row 1 is forgotten twice, row 2 once, row 4 three times, row 5 once, rows 0 and 3 never; row 3 is
     * never learned at all, which ranks it above every forgotten row.
     */
    private static final boolean[][] PASSES = {
        {true, true, true, false, true, true},
        {true, false, false, false, false, false},
        {true, true, true, false, true, true},
        {true, false, true, false, false, true},
        {true, true, true, false, true, true},
        {true, true, true, false, false, true},
    };

    private static ForgettingHook scripted(List<String> calls) {
        return (data, epochs, seed) -> {
            calls.add(data.rows() + " rows, " + epochs + " epochs, seed " + seed);
            ForgettingEvents events = new ForgettingEvents(data.rows());
            for (boolean[] pass : PASSES) {
                events.record(pass);
            }
            return events;
        };
    }

    @Test
    void keepsTheMostForgottenRowsOfEachClassAfterTrainingThroughTheHook() {
        List<String> calls = new ArrayList<>();
        Reduction r = new FesReducer(new FesParams(7), scripted(calls)).reduce(DATA, 0.7, 11, TestData.METER);

        assertThat(calls).containsExactly("6 rows, 7 epochs, seed 11");
        assertThat(r.sourceRows()).containsExactly(1, 2, 3, 4); // trunc(0.7 * 3) = 2 per class, in ranking order
        assertThat(r.notes()).containsExactly("fes: forgetting events counted over 6 evaluation passes");
    }

    @Test
    void aClassTooSmallForTheFractionIsNotedNotDroppedSilently() {
        Reduction r = new FesReducer(FesParams.defaults(), scripted(new ArrayList<>())).reduce(DATA, 0.3, 1,
                TestData.METER);

        assertThat(r.sourceRows()).isEmpty();
        assertThat(r.notes()).hasSize(3).anyMatch(n -> n.contains("class 'c0' has 3 rows; trunc(0.3 x 3) = 0"));
    }

    @Test
    void withoutAHookOrWithMiscountedExamplesItFailsWithAReason() {
        assertThatThrownBy(() -> new FesReducer(FesParams.defaults(), null).reduce(DATA, 0.5, 1, TestData.METER))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("fes needs a model");
        ForgettingHook miscounting = (data, epochs, seed) -> new ForgettingEvents(data.rows() - 1);
        assertThatThrownBy(() -> new FesReducer(FesParams.defaults(), miscounting).reduce(DATA, 0.5, 1,
                TestData.METER)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the training hook counted 5 examples for a dataset of 6 rows");
    }
}
