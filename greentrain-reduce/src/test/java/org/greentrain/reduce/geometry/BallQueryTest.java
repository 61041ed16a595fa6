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
}
