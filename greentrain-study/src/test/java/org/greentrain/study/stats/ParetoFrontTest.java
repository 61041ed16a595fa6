package org.greentrain.study.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.tune.study.Pareto;
import org.junit.jupiter.api.Test;

/** The sweep against the definition: a point is on the front exactly when no other point dominates it. */
class ParetoFrontTest {

    @Test
    void theSweepKeepsExactlyTheNonDominatedPointsCheapestFirst() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(40);
            double[] energy = new double[n];
            double[] accuracy = new double[n];
            for (int i = 0; i < n; i++) {
                energy[i] = random.nextInt(10);
                accuracy[i] = random.nextInt(6) / 5.0;
            }

            List<Integer> front = ParetoFront.indices(energy, accuracy);

            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    dominated = Pareto.dominates(new double[] {energy[j], -accuracy[j]},
                            new double[] {energy[i], -accuracy[i]});
                }
                if (!dominated) {
                    expected.add(i);
                }
            }
            assertThat(front).as("trial %d", trial).containsExactlyInAnyOrderElementsOf(expected);
            for (int k = 1; k < front.size(); k++) {
                assertThat(energy[front.get(k)]).isGreaterThanOrEqualTo(energy[front.get(k - 1)]);
            }
        }
    }

    @Test
    void equalPointsAreAllOnTheFrontAndOnlyUnbeatenPointsAreKeptCheapestFirst() {
        double[] a = {3, 0.9};
        double[] b = {1, 0.5};
        double[] c = {2, 0.8};
        double[] same = {2, 0.8};
        List<double[]> points = List.of(a, b, new double[] {2, 0.4}, c, new double[] {4, 0.85}, same);

        assertThat(ParetoFront.of(points, p -> p[0], p -> p[1])).containsExactly(b, c, same, a);
    }

    @Test
    void noPointsMakeNoFront() {
        assertThat(ParetoFront.indices(new double[0], new double[0])).isEmpty();
    }
}
