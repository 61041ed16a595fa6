package org.greentrain.reduce.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietorisRipsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void unitSquareHasOneLoopFromOneToRootTwo() {
        double[] square = {0, 0, 1, 0, 1, 1, 0, 1};
        Barcode b = VietorisRips.ofPoints(square, 4, 2, 2);
        assertThat(b.dimension(0)).containsExactly(new PersistenceInterval(0, 0, 1), new PersistenceInterval(0, 0, 1),
                new PersistenceInterval(0, 0, 1), new PersistenceInterval(0, 0, INF));
        assertThat(b.dimension(1)).hasSize(1);
        assertThat(b.dimension(1).get(0).birth()).isEqualTo(1.0);
        assertThat(b.dimension(1).get(0).death()).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(b.dimension(2)).isEmpty();
    }

    @Test
    void regularPentagonHasOneLoopFromSideToDiagonal() {
        double[] pentagon = new double[10];
        for (int i = 0; i < 5; i++) {
            pentagon[2 * i] = Math.cos(2 * Math.PI * i / 5);
            pentagon[2 * i + 1] = Math.sin(2 * Math.PI * i / 5);
        }
        double side = 2 * Math.sin(Math.PI / 5);
        double diagonal = 2 * Math.sin(2 * Math.PI / 5);
        Barcode b = VietorisRips.ofPoints(pentagon, 5, 2, 2);
        assertThat(b.dimension(0)).hasSize(5);
        assertThat(b.dimension(0).subList(0, 4)).allSatisfy(i -> assertThat(i.death()).isCloseTo(side, within(1e-12)));
        assertThat(b.dimension(1)).singleElement().satisfies(i -> {
            assertThat(i.birth()).isCloseTo(side, within(1e-12));
            assertThat(i.death()).isCloseTo(diagonal, within(1e-12));
        });
        assertThat(b.dimension(2)).isEmpty();
    }

    @Test
    void regularOctahedronHasOneVoidFromRootTwoToTwo() {
        double[] octahedron = {1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1};
        Barcode b = VietorisRips.ofPoints(octahedron, 6, 3, 2);
        assertThat(b.dimension(0)).hasSize(6);
        assertThat(b.dimension(0).subList(0, 5))
                .allSatisfy(i -> assertThat(i.death()).isCloseTo(Math.sqrt(2), within(1e-15)));
        assertThat(b.dimension(1)).isEmpty();
        assertThat(b.dimension(2)).singleElement().satisfies(i -> {
            assertThat(i.birth()).isCloseTo(Math.sqrt(2), within(1e-15));
            assertThat(i.death()).isEqualTo(2.0);
        });
        assertThat(b.maxFinitePersistence(2)).isCloseTo(2 - Math.sqrt(2), within(1e-15));
        assertThat(b.maxFinitePersistenceUpTo(2)).isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void duplicatesGiveNoZeroLengthBars() {
        Barcode b = VietorisRips.ofPoints(new double[] {0, 0, 0, 0, 3, 0}, 3, 2, 1);
        assertThat(b.intervals()).containsExactly(new PersistenceInterval(0, 0, 3), new PersistenceInterval(0, 0, INF));
    }

    @Test
    void agreesWithTheStandardHomologyReductionOnRandomClouds() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 150; trial++) {
            int m = 1 + rng.nextInt(9);
            int dims = 1 + rng.nextInt(3);
            double[] coords = new double[m * dims];
            for (int i = 0; i < coords.length; i++) {
                coords[i] = trial % 3 == 0 ? rng.nextInt(3) : rng.nextGaussian(); // integer clouds: many ties
            }
            int maxDim = rng.nextInt(3);
            List<PersistenceInterval> expected = reference(coords, m, dims, maxDim);
            List<PersistenceInterval> actual = new ArrayList<>(VietorisRips.ofPoints(coords, m, dims, maxDim)
                    .intervals());
            Comparator<PersistenceInterval> order = Comparator.comparingInt(PersistenceInterval::dimension)
                    .thenComparingDouble(PersistenceInterval::birth).thenComparingDouble(PersistenceInterval::death);
            expected.sort(order);
            actual.sort(order);
            assertThat(actual).as("trial %d, %d points", trial, m).isEqualTo(expected);
        }
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> VietorisRips.ofPoints(new double[4], 2, 2, 3))
                .hasMessage("homology dimension must be in [0, 2], got 3");
        assertThatThrownBy(() -> VietorisRips.of(new double[] {0, 1, 2, 0}, 2, 1))
                .hasMessageStartingWith("distances must be finite, non-negative, symmetric");
        assertThatThrownBy(() -> VietorisRips.ofPoints(new double[3], 2, 2, 1))
                .hasMessage("3 coordinates for 2 points of 2 dimensions");
    }

    /** Textbook persistence: every simplex up to dimension maxDim+1, boundary matrix, left-to-right reduction. */
    private static List<PersistenceInterval> reference(double[] coords, int m, int dims, int maxDim) {
        double[][] d = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int c = 0; c < dims; c++) {
                    double t = coords[i * dims + c] - coords[j * dims + c];
                    s += t * t;
                }
                d[i][j] = Math.sqrt(s);
            }
        }
        List<int[]> simplices = new ArrayList<>();
        for (int size = 1; size <= maxDim + 2 && size <= m; size++) {
            combinations(m, size, 0, new int[size], 0, simplices);
        }
        double[] value = new double[simplices.size()];
        for (int s = 0; s < simplices.size(); s++) {
            int[] v = simplices.get(s);
            for (int a = 0; a < v.length; a++) {
                for (int b = a + 1; b < v.length; b++) {
                    value[s] = Math.max(value[s], d[v[a]][v[b]]);
                }
            }
        }
        Integer[] idx = new Integer[simplices.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> value[i])
                .thenComparingInt(i -> simplices.get(i).length));
        List<int[]> ordered = new ArrayList<>();
        double[] orderedValue = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            ordered.add(simplices.get(idx[i]));
            orderedValue[i] = value[idx[i]];
        }
        int n = ordered.size();
        List<java.util.TreeSet<Integer>> columns = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            java.util.TreeSet<Integer> col = new java.util.TreeSet<>();
            int[] s = ordered.get(j);
            if (s.length > 1) {
                for (int drop = 0; drop < s.length; drop++) {
                    int[] face = new int[s.length - 1];
                    for (int a = 0, f = 0; a < s.length; a++) {
                        if (a != drop) {
                            face[f++] = s[a];
                        }
                    }
                    for (int i = 0; i < j; i++) {
                        if (Arrays.equals(ordered.get(i), face)) {
                            col.add(i);
                        }
                    }
                }
            }
            columns.add(col);
        }
        int[] lowOwner = new int[n];
        Arrays.fill(lowOwner, -1);
        boolean[] paired = new boolean[n];
        List<PersistenceInterval> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            java.util.TreeSet<Integer> col = columns.get(j);
            while (!col.isEmpty() && lowOwner[col.last()] >= 0) {
                for (int x : columns.get(lowOwner[col.last()])) {
                    if (!col.remove(x)) {
                        col.add(x);
                    }
                }
            }
            if (!col.isEmpty()) {
                int low = col.last();
                lowOwner[low] = j;
                paired[low] = true;
                paired[j] = true;
                int dim = ordered.get(low).length - 1;
                if (dim <= maxDim && orderedValue[j] > orderedValue[low]) {
                    out.add(new PersistenceInterval(dim, orderedValue[low], orderedValue[j]));
                }
            }
        }
        for (int j = 0; j < n; j++) {
            int dim = ordered.get(j).length - 1;
            if (!paired[j] && columns.get(j).isEmpty() && dim <= maxDim) {
                out.add(new PersistenceInterval(dim, orderedValue[j], INF));
            }
        }
        return out;
    }

    private static void combinations(int m, int size, int start, int[] current, int depth, List<int[]> out) {
        if (depth == size) {
            out.add(current.clone());
            return;
        }
        for (int v = start; v < m; v++) {
            current[depth] = v;
            combinations(m, size, v + 1, current, depth + 1, out);
        }
    }
}
