package org.greentrain.reduce.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BallQueryTest {

    @Test
    void treeAndScanMatchBruteForce() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 30; trial++) {
            int n = rng.nextInt(400);
            int d = 1 + rng.nextInt(5);
            double[] v = new double[n * d];
            for (int i = 0; i < v.length; i++) {
                v[i] = trial % 2 == 0 ? rng.nextInt(4) : rng.nextGaussian();
            }
            PointColumns p = PointColumns.ofRowMajor(v, n, d);
            BallQuery[] structures = {new KdTree(p), new BallQuery.Scan(p), BallQuery.over(p)};
            double[] q = new double[d];
            for (int query = 0; query < 20; query++) {
                for (int j = 0; j < d; j++) {
                    q[j] = rng.nextGaussian();
                }
                double r = rng.nextDouble() * 2;
                int[] expected = IntStream.range(0, n).filter(i -> p.rawDistance(q, Norm.L2, i) <= r * r).toArray();
                for (BallQuery b : structures) {
                    assertThat(b.within(q, r)).isEqualTo(expected);
                }
            }
        }
    }

    /**
     * Wide points whose norms spread far, so that most norm windows are narrow; among them rays of points on a line
     * through the origin, where the norm difference equals the distance and the radius falls exactly on a point.
     */
    @Test
    void theNormWindowOfWideDataFindsWhatAFullScanFinds() {
        Random rng = new Random(9);
        for (int trial = 0; trial < 6; trial++) {
            int n = 200 + rng.nextInt(200);
            int d = 64 + rng.nextInt(40);
            double[] v = new double[n * d];
            for (int i = 0; i < n; i++) {
                double scale = i % 10 < 3 ? 1 + 0.01 * (i % 10) : Math.exp(rng.nextDouble() * 5);
                for (int j = 0; j < d; j++) {
                    v[i * d + j] = i % 10 < 3 ? (i < 10 ? 1 : v[(i % 10) * d + j]) * scale
                            : rng.nextGaussian() * scale;
                }
            }
            PointColumns p = PointColumns.ofRowMajor(v, n, d);
            BallQuery.Scan scan = new BallQuery.Scan(p);
            for (double r : new double[] {0, 1e-6, Math.sqrt(p.rawDistance(scan.point(0), Norm.L2, 1)), 0.3, 3}) {
                int[][] each = scan.withinEach(0, n, r);
                for (int i = 0; i < n; i++) {
                    double[] q = scan.point(i);
                    int[] expected = IntStream.range(0, n).filter(j -> p.rawDistance(q, Norm.L2, j) <= r * r).toArray();
                    assertThat(each[i]).as("trial %d, r %s, point %d", trial, r, i).isEqualTo(expected);
                    assertThat(scan.within(q, r)).isEqualTo(expected);
                }
            }
        }
        assertThat(new BallQuery.Scan(PointColumns.ofRowMajor(new double[0], 0, 70)).within(new double[70], 1))
                .isEmpty();
    }

    @Test
    void neighbourhoodsOfTheSetsOwnPointsMatchOneQueryAtATime() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 12; trial++) {
            // sizes around the scan's groups of 16 queries and runs of 64 points; wide and narrow sets
            int n = 1 + rng.nextInt(150);
            int d = trial % 3 == 0 ? 40 + rng.nextInt(60) : 1 + rng.nextInt(5);
            double[] v = new double[n * d];
            for (int i = 0; i < v.length; i++) {
                v[i] = trial % 2 == 0 ? rng.nextInt(3) : rng.nextGaussian();
            }
            PointColumns p = PointColumns.ofRowMajor(v, n, d);
            double r = Math.sqrt(d) * rng.nextDouble();
            int from = rng.nextInt(n);
            int to = from + rng.nextInt(n - from + 1);
            for (BallQuery b : new BallQuery[] {new KdTree(p), new BallQuery.Scan(p)}) {
                int[][] each = b.withinEach(from, to, r);
                assertThat(each.length).isEqualTo(to - from);
                for (int i = from; i < to; i++) {
                    double[] q = b.point(i);
                    int[] expected = IntStream.range(0, n).filter(j -> p.rawDistance(q, Norm.L2, j) <= r * r).toArray();
                    assertThat(each[i - from]).as("trial %d, point %d", trial, i).isEqualTo(expected)
                            .contains(i);
                }
            }
        }
    }
}
