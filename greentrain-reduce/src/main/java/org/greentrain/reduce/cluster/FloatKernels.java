package org.greentrain.reduce.cluster;

import java.util.Arrays;

/**
 * Squared Euclidean distances in single precision for k-means, the precision of the data itself (as scikit-learn
 * computes on float32 input). On AVX2 this is twice as many lanes as doubles, which halves the cost of the scans that
 * dominate k-means; centroid means are still accumulated in double.
 */
final class FloatKernels {

    private FloatKernels() {
    }

    /**
     * {@code out[i]} = squared distance from {@code q} to point i of {@code columns}, for i in {@code [from, to)}.
     * Four coordinates per pass, so that short ranges (one group of centres) pay the loop overhead a quarter as often.
     */
    static void squared(float[][] columns, float[] q, int from, int to, float[] out) {
        int d = columns.length;
        int blocked = d & ~3; // (a loop written "j + 3 < d" defeats C2's vectoriser here; this form does not)
        if (blocked == 0) {
            Arrays.fill(out, from, to, 0f);
        } else {
            setFour(columns[0], columns[1], columns[2], columns[3], q[0], q[1], q[2], q[3], from, to, out);
            for (int j = 4; j < blocked; j += 4) {
                addFour(columns[j], columns[j + 1], columns[j + 2], columns[j + 3], q[j], q[j + 1], q[j + 2],
                        q[j + 3], from, to, out);
            }
        }
        for (int j = blocked; j < d; j++) {
            addOne(columns[j], q[j], from, to, out);
        }
    }

    private static void setFour(float[] c0, float[] c1, float[] c2, float[] c3, float q0, float q1, float q2,
                                float q3, int from, int to, float[] out) {
        for (int i = from; i < to; i++) {
            float t0 = q0 - c0[i];
            float t1 = q1 - c1[i];
            float t2 = q2 - c2[i];
            float t3 = q3 - c3[i];
            out[i] = (t0 * t0 + t1 * t1) + (t2 * t2 + t3 * t3);
        }
    }

    private static void addFour(float[] c0, float[] c1, float[] c2, float[] c3, float q0, float q1, float q2,
                                float q3, int from, int to, float[] out) {
        for (int i = from; i < to; i++) {
            float t0 = q0 - c0[i];
            float t1 = q1 - c1[i];
            float t2 = q2 - c2[i];
            float t3 = q3 - c3[i];
            out[i] += (t0 * t0 + t1 * t1) + (t2 * t2 + t3 * t3);
        }
    }

    private static void addOne(float[] column, float qj, int from, int to, float[] out) {
        for (int i = from; i < to; i++) {
            float t = qj - column[i];
            out[i] += t * t;
        }
    }

    /**
     * Squared distance between row {@code a} of {@code x} and row {@code b} of {@code y}, both row-major, summed in
     * the same order as the column kernel so that both give the same float for the same pair.
     */
    static float squared(float[] x, int a, float[] y, int b, int dims) {
        int pa = a * dims;
        int pb = b * dims;
        float acc = 0;
        int j = 0;
        for (; j + 3 < dims; j += 4) {
            float t0 = x[pa + j] - y[pb + j];
            float t1 = x[pa + j + 1] - y[pb + j + 1];
            float t2 = x[pa + j + 2] - y[pb + j + 2];
            float t3 = x[pa + j + 3] - y[pb + j + 3];
            float block = (t0 * t0 + t1 * t1) + (t2 * t2 + t3 * t3);
            acc = j == 0 ? block : acc + block;
        }
        for (; j < dims; j++) {
            float t = x[pa + j] - y[pb + j];
            acc += t * t;
        }
        return acc;
    }
}
