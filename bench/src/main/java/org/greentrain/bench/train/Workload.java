package org.greentrain.bench.train;

import java.io.IOException;
import java.util.Locale;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;

/**
 * The two training workloads of the throughput benchmark, with the data each one trains on:
 * <ul>
 *   <li>{@code cnn}: SimpleCNN (M=2, N=3) on the 60,000 MNIST training images (1x28x28, pixels in [0, 1]) from the
 *       bundled rapaio-datasets jar;</li>
 *   <li>{@code mlp}: the data-reduction paper's MLP ({@code mlp-paper}, dropout 0.25) on spambase (57 features)
 *       replicated ten times, 46,010 rows, min-max scaled.</li>
 * </ul>
 */
enum Workload {
    CNN("simplecnn:conv=2,linear=3,relu=on"),
    MLP("mlp-paper:dropout=0.25");

    /** How often the 4,601 spambase rows are repeated for the MLP workload. */
    static final int SPAMBASE_COPIES = 10;

    private final String spec;

    Workload(String spec) {
        this.spec = spec;
    }

    /** The workload named {@code cnn} or {@code mlp}. */
    static Workload named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The model trained. */
    ModelSpec spec() {
        return ModelSpecs.parse(spec);
    }

    /** The training rows, in memory. */
    Dataset data() throws IOException {
        if (this == CNN) {
            return BuiltinDatasets.load("mnist").train();
        }
        Dataset spam = BuiltinDatasets.load("spambase").train();
        Dataset scaled = ScalingMethod.MIN_MAX.fit(spam).apply(spam);
        int[] rows = new int[scaled.rows() * SPAMBASE_COPIES];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i % scaled.rows();
        }
        return scaled.subset(rows).withName("spambase-x" + SPAMBASE_COPIES);
    }

    /** The per-row shape, {@code 1x28x28} or {@code 57}. */
    static String shape(Dataset data) {
        return data.imageShape() != null ? data.imageShape().toString() : Integer.toString(data.cols());
    }
}
