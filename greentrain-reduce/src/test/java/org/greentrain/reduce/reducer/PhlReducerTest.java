package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.WorkProgress;
import org.junit.jupiter.api.Test;

class PhlReducerTest {

    private static PhlReducer phl(String... keyValues) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return new PhlReducer(PhlParams.fromMap(m), WorkProgress.NONE);
    }

    /**
     * Progress counts two units per row of every class that is scored (neighbourhood found, then scored), never goes
     * back, and ends at its total; a class that keeps no row is not scored and not counted.
     */
    @Test
    void reportsEveryNeighbourhoodFoundAndScored() {
        Dataset data = TestData.blobs(new int[] {25, 15, 1}, 2, 3, 1);
        java.util.List<long[]> reports = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        new PhlReducer(PhlParams.fromMap(Map.of("r", "0.8", "dimension", "1")),
                (done, total) -> reports.add(new long[] {done, total})).reduce(data, 0.5, 0, TestData.METER);
        // round(0.5 x 1) = 0: the one-row class is left out of the work
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(2 * (25 + 15)));
        assertThat(reports.stream().mapToLong(r -> r[0]).max().orElseThrow()).isEqualTo(2 * (25 + 15));
        assertThat(reports.stream().mapToLong(r -> r[0]).distinct().count()).isEqualTo(reports.size());
    }

    @Test
    void keepsRoundHalfEvenPerClass() {
        Dataset data = TestData.blobs(new int[] {25, 15, 7}, 2, 3, 1);
        Reduction r = phl("r", "0.8", "dimension", "1").reduce(data, 0.5, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(12, 8, 4); // 12.5 -> 12, 7.5 -> 8, 3.5 -> 4
    }

    @Test
    void representativeKeepsTheLowestScoresAndVitalTheHighest() {
        // a ring of 8 points around each of rows 0..7's neighbourhoods: the four corners of a square have a loop;
        // dimension 1, scoring restricted: a point whose neighbours form a square scores its loop's length
        double[][] rows = {
                {0, 0}, {1, 0}, {1, 1}, {0, 1},           // square: each corner sees the other three, no loop
                {10, 0}, {10.5, 0}, {10, 0.5}, {10.5, 0.5}, {10.25, 0.25}}; // square + centre: centre sees a loop
        Dataset data = TestData.of(rows, new int[rows.length], 1);
        Reduction rep = phl("r", "1.5", "dimension", "1").reduce(data, 1.0, 0, TestData.METER);
        Reduction vital = phl("r", "1.5", "dimension", "1", "type", "vital").reduce(data, 1.0, 0, TestData.METER);
        assertThat(vital.sourceRows()[0]).isEqualTo(8);
        assertThat(rep.sourceRows()[rows.length - 1]).isEqualTo(8);
    }

    @Test
    void superOutliersComeLastInSeededOrder() {
        double[][] rows = {{0, 0}, {0.1, 0}, {0, 0.1}, {0.1, 0.1}, {50, 50}, {90, 0}, {-70, 3}};
        Dataset data = TestData.of(rows, new int[rows.length], 1);
        Reduction r = phl("r", "0.5", "dimension", "0").reduce(data, 1.0, 4, TestData.METER);
        int[] out = r.sourceRows();
        assertThat(Arrays.copyOf(out, 4)).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(Arrays.copyOfRange(out, 4, 7)).containsExactlyInAnyOrder(4, 5, 6);
        assertThat(r.notes()).hasSize(2);
        assertThat(r.notes().get(0)).contains("3 of 7 rows have fewer than 2 neighbours");
        assertThat(r.notes().get(1)).isEqualTo("phl: neighbourhoods within r = 0.5 hold 1.7 points on average "
                + "(largest 3); persistence cost grows steeply with that size");
        assertThat(phl("r", "0.5", "dimension", "0").reduce(data, 1.0, 4, TestData.METER).sourceRows()).isEqualTo(out);
    }

    @Test
    void onePointClassIsASuperOutlierNotACrash() {
        Dataset data = TestData.of(new double[][] {{0, 0}, {1, 1}, {1, 1.1}, {1.1, 1}}, new int[] {0, 1, 1, 1}, 2);
        Reduction r = phl().reduce(data, 0.6, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(1, 2);
        Reduction none = phl().reduce(data, 0.4, 0, TestData.METER);
        assertThat(none.data().classCounts()[0]).isZero();
        assertThat(none.notes()).anyMatch(n -> n.contains("round(0.4 x 1) = 0"));
    }

    @Test
    void sameSeedSameSelection() {
        Dataset data = TestData.blobs(new int[] {80, 60}, 3, 2, 5);
        PhlReducer reducer = phl("r", "1.0");
        assertThat(reducer.reduce(data, 0.3, 9, TestData.METER).sourceRows())
                .isEqualTo(reducer.reduce(data, 0.3, 9, TestData.METER).sourceRows());
        assertThat(IntStream.of(reducer.reduce(data, 0.3, 9, TestData.METER).sourceRows()).distinct().count())
                .isEqualTo(42);
    }

    @Test
    void whenMostRowsHaveNoNeighboursTheNotesSuggestARadiusThatGivesThemSome() {
        Dataset data = TestData.blobs(new int[] {120, 80}, 3, 2, 3);
        Reduction tiny = phl("r", "0.001", "dimension", "1").reduce(data, 0.5, 1, TestData.METER);
        String hint = tiny.notes().stream().filter(n -> n.contains("order nothing")).findFirst().orElseThrow();
        assertThat(hint).startsWith("phl: 200 of 200 rows have fewer than 2 neighbours within r = 0.001, so their "
                + "scores order nothing; the paper's r is for features scaled to [0, 1]; on these features a sampled "
                + "row has its 3 nearest rows of its class within ");
        Matcher suggested = Pattern.compile("try r=([0-9.eE+-]+) \\(with dimension=1 first").matcher(hint);
        assertThat(suggested.find()).as(hint).isTrue();

        Reduction tried = phl("r", suggested.group(1), "dimension", "1").reduce(data, 0.5, 1, TestData.METER);

        assertThat(tried.notes()).noneMatch(n -> n.contains("order nothing"));
        assertThat(phl("r", "0.001").reduce(data, 0.5, 1, TestData.METER).notes()).contains(hint);
    }

    @Test
    void onFeaturesAlreadyInZeroToOneTheHintDoesNotSayScaleThem() {
        double[][] rows = new double[60][];
        int[] labels = new int[60];
        for (int i = 0; i < 60; i++) {
            rows[i] = new double[] {i / 59.0, (i * 7 % 60) / 59.0};
            labels[i] = i % 2;
        }
        Reduction r = phl("r", "0.001", "dimension", "1").reduce(TestData.of(rows, labels, 2), 0.5, 1,
                TestData.METER);
        String hint = r.notes().stream().filter(n -> n.contains("order nothing")).findFirst().orElseThrow();
        assertThat(hint).doesNotContain("scale").contains(", so try r=");
    }

    @Test
    void theHintWarnsWhenOneRadiusCannotSuitEveryClass() {
        // class 0: 40 points 0.1 apart on a line; class 1: 40 points 1.0 apart, ten times sparser
        double[][] rows = new double[80][];
        int[] labels = new int[80];
        for (int i = 0; i < 40; i++) {
            rows[i] = new double[] {0.1 * i, 0};
            rows[40 + i] = new double[] {1.0 * i, 5};
            labels[40 + i] = 1;
        }
        Dataset data = TestData.of(rows, labels, 2);
        String hint = phl("r", "0.01", "dimension", "1").reduce(data, 0.5, 1, TestData.METER).notes().stream()
                .filter(n -> n.contains("order nothing")).findFirst().orElseThrow();
        // the 3rd nearest point is 2 steps away for most points: 0.2 and 2.0
        assertThat(hint).contains("; but the classes differ: class 'c0' has them within 0.200, class 'c1' within 2.00, "
                + "so at that r class 'c0''s neighbourhoods are far larger and its persistence far slower");

        Dataset even = TestData.blobs(new int[] {120, 80}, 3, 2, 3);
        assertThat(phl("r", "0.001").reduce(even, 0.5, 1, TestData.METER).notes())
                .noneMatch(n -> n.contains("classes differ"));
    }

    @Test
    void neighbourhoodsWhosePersistenceWouldTakeHoursAreRefusedBeforeAnyIsScored() {
        // 3,000 points in a small square, all within r of each other: 3,000 neighbourhoods of 2,999 rows
        int n = 3000;
        float[] f = new float[n * 2];
        java.util.Random rng = new java.util.Random(1);
        for (int i = 0; i < f.length; i++) {
            f[i] = rng.nextFloat() * 0.1f;
        }
        Dataset data = TestData.of(f, n, 2, new int[n], 1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> phl("r", "1", "dimension", "1").reduce(data, 0.5, 0, TestData.METER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phl: class 'c0' has neighbourhoods of 2999 rows on average within r = 1.0 (largest 2999); "
                        + "their persistence up to dimension 1 could take 4e+13 steps, more than the limit of 1e+12 "
                        + "(about half an hour on 2 cores); lower r, or the dimension");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
        // dimension 0 is union-find over the edges: affordable
        assertThat(org.greentrain.reduce.topology.VietorisRips.stepBound(2999, 0) * n).isLessThan(1e12);
    }

    @Test
    void aNeighbourhoodTooLargeForPersistenceIsAClearError() {
        int n = org.greentrain.reduce.topology.VietorisRips.MAX_POINTS + 2;
        float[] f = new float[n * 2];
        Dataset data = TestData.of(f, n, 2, new int[n], 1);
        assertThatThrownBy(() -> phl("r", "1", "dimension", "0").reduce(data, 0.5, 0, TestData.METER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phl: a point of class 'c0' has 4001 neighbours within r = 1.0: Vietoris-Rips persistence "
                        + "takes at most 4000 points (a dense distance matrix), got 4001; lower r or the homology "
                        + "dimension");
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> phl("dimension", "3")).hasMessage("phl: dimension must be in [0, 2], got 3");
        assertThatThrownBy(() -> phl("r", "-1")).hasMessage("phl: r must be a finite number >= 0, got -1.0");
        assertThatThrownBy(() -> phl("scoring", "max")).hasMessage(
                "phl: parameter 'scoring' must be one of restricted, multi, got 'max'");
    }
}
