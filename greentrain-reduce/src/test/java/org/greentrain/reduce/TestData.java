package org.greentrain.reduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;

/** Datasets and a cheap deterministic meter for the reducer tests. */
public final class TestData {

    /** A constant-power meter: no sysfs, no sampler, the same on every machine. */
    public static final EnergyMeter METER =
            EnergyMeter.discover(MeterConfig.defaults().withConstantPower(MeterConfig.ConstantPower.paper()));

    private TestData() {
    }

    /** Gaussian blobs: class c has {@code sizes[c]} rows around a random centre in [-spread, spread]^dims. */
    public static Dataset blobs(int[] sizes, int dims, double spread, long seed) {
        Random rng = new Random(seed);
        int n = Arrays.stream(sizes).sum();
        float[] f = new float[n * dims];
        int[] labels = new int[n];
        int r = 0;
        for (int c = 0; c < sizes.length; c++) {
            double[] centre = new double[dims];
            for (int j = 0; j < dims; j++) {
                centre[j] = (rng.nextDouble() * 2 - 1) * spread;
            }
            for (int i = 0; i < sizes[c]; i++, r++) {
                labels[r] = c;
                for (int j = 0; j < dims; j++) {
                    f[r * dims + j] = (float) (centre[j] + rng.nextGaussian());
                }
            }
        }
        // interleave classes so that row order is not class order
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return of(f, n, dims, labels, sizes.length).subset(perm).withName("blobs");
    }

    /** A dataset from rows and labels with generated names. */
    public static Dataset of(double[][] rows, int[] labels, int classes) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        float[] f = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                f[i * d + j] = (float) rows[i][j];
            }
        }
        return of(f, rows.length, d, labels, classes);
    }

    /** A dataset from flat features with generated names. */
    public static Dataset of(float[] f, int rows, int cols, int[] labels, int classes) {
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            classNames.add("c" + c);
        }
        List<String> featureNames = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            featureNames.add("f" + j);
        }
        return Dataset.of("test", f, rows, cols, labels, classNames, featureNames);
    }
}
