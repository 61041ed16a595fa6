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
