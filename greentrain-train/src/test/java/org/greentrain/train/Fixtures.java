package org.greentrain.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;

/** Shared test data: Gaussian blobs, MNIST from the data module, and one energy meter for the whole test JVM. */
public final class Fixtures {

    private static EnergyMeter meter;
    private static LoadedDataset mnist;

    private Fixtures() {
    }

    /** A meter with the data-reduction paper's constant power, so energy figures are deterministic in time. */
    public static synchronized EnergyMeter meter() {
        if (meter == null) {
            meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false)
                    .withConstantPower(MeterConfig.ConstantPower.paper()));
        }
        return meter;
    }

    /** MNIST (60,000 + 10,000), loaded once. */
    public static synchronized LoadedDataset mnist() {
        if (mnist == null) {
            try {
                mnist = BuiltinDatasets.load("mnist");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mnist;
    }

    /**
     * Gaussian blobs: class {@code c} has {@code counts[c]} rows around a centre at distance {@code separation} from
     * the others, with unit noise, in {@code dims} dimensions.
     */
    public static Dataset blobs(String name, int[] counts, int dims, double separation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = 0;
        for (int c : counts) {
            rows += c;
        }
        float[] features = new float[rows * dims];
        int[] labels = new int[rows];
        int r = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int i = 0; i < counts[c]; i++, r++) {
                labels[r] = c;
                for (int d = 0; d < dims; d++) {
                    double centre = d % counts.length == c ? separation : 0;
                    features[r * dims + d] = (float) (centre + gaussian(random));
                }
            }
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            classes.add("class" + c);
        }
        List<String> names = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            names.add("x" + d);
        }
        return Dataset.of(name, features, rows, dims, labels, classes, names);
    }

    /** The same rows with labels shifted by one class: a set a model trained on the original gets wrong. */
    public static Dataset shiftedLabels(Dataset data) {
        int[] labels = new int[data.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (data.labels()[i] + 1) % data.numClasses();
        }
        return Dataset.of(data.name() + "-shifted", data.features(), data.rows(), data.cols(), labels,
                data.classNames(), data.featureNames());
    }

    /** The first {@code n} rows. */
    public static Dataset head(Dataset data, int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return data.subset(rows);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
