package org.greentrain.train.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class TensorDataTest {

    private static final long[] INDEX = {4, 1, 4, 2};

    @Test
    void gatherCopiesTheIndexedTabularRowsWithTheirLabelsAndWeights() {
        Dataset data = dataset(5, 3, null);
        Architecture arch = ModelSpecs.parse("mlp:hidden=4").resolve(ModelInput.of(data));
        float[] classWeights = {0.5f, 2f};
        try (NDManager manager = NDManager.newBaseManager();
             TensorData tensors = TensorData.of(data, arch, manager, classWeights);
             NDManager batch = manager.newSubManager()) {
            TensorData.Batch rows = tensors.gather(batch.create(INDEX), batch);

            assertThat(rows.features().getShape()).isEqualTo(new Shape(4, 3));
            assertThat(rows.features().toFloatArray()).containsExactly(expectedFeatures(data));
            assertThat(rows.labels().toLongArray()).containsExactly(0, 1, 0, 0);
            assertThat(rows.rowWeights().toFloatArray()).containsExactly(0.5f, 2f, 0.5f, 0.5f);
            assertThat(rows.features().getManager()).isSameAs(batch);
        }
    }

    @Test
    void gatherKeepsTheImageShapeAndTheSubsetGathersTheSameWay() {
        Dataset data = dataset(5, 8, new ImageShape(2, 2, 2));
        Architecture arch = ModelSpecs.parse("simplecnn:conv=1,linear=1").resolve(ModelInput.of(data));
        try (NDManager manager = NDManager.newBaseManager();
             TensorData tensors = TensorData.of(data, arch, manager, null);
             NDManager batch = manager.newSubManager()) {
            TensorData.Batch rows = tensors.gather(batch.create(INDEX), batch);

            assertThat(rows.features().getShape()).isEqualTo(new Shape(4, 2, 2, 2));
            assertThat(rows.features().toFloatArray()).containsExactly(expectedFeatures(data));
            assertThat(rows.labels().toLongArray()).containsExactly(0, 1, 0, 0);
            assertThat(rows.rowWeights()).isNull();

            try (TensorData subset = tensors.subset(new int[] {1, 3})) {
                assertThat(subset.rows()).isEqualTo(2);
                assertThat(subset.features().getShape()).isEqualTo(new Shape(2, 2, 2, 2));
                float[] expected = new float[16];
                System.arraycopy(data.features(), 8, expected, 0, 8);
                System.arraycopy(data.features(), 24, expected, 8, 8);
                assertThat(subset.features().toFloatArray()).containsExactly(expected);
                assertThat(subset.labelValues()).containsExactly(1, 1);
            }
        }
    }

    @Test
    void anEmptyIndexGathersNoRows() {
        Dataset data = dataset(3, 4, new ImageShape(1, 2, 2));
        Architecture arch = ModelSpecs.parse("simplecnn:conv=1,linear=1").resolve(ModelInput.of(data));
        try (NDManager manager = NDManager.newBaseManager();
             TensorData tensors = TensorData.of(data, arch, manager, null);
             NDManager batch = manager.newSubManager()) {
            NDArray empty = batch.create(new long[0]);

            assertThat(tensors.gather(empty, batch).features().getShape()).isEqualTo(new Shape(0, 1, 2, 2));
        }
    }

    /** Rows numbered so that row r holds r*100 + column; even rows are class 0, odd rows class 1. */
    private static Dataset dataset(int rows, int cols, ImageShape image) {
        float[] features = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                features[r * cols + c] = r * 100 + c;
            }
        }
        int[] labels = IntStream.range(0, rows).map(r -> r % 2).toArray();
        List<String> names = IntStream.range(0, cols).mapToObj(c -> "f" + c).toList();
        return new Dataset("numbered", features, rows, cols, labels, List.of("even", "odd"), names, null, image);
    }

    private static float[] expectedFeatures(Dataset data) {
        int cols = data.cols();
        float[] out = new float[INDEX.length * cols];
        for (int i = 0; i < INDEX.length; i++) {
            System.arraycopy(data.features(), (int) INDEX[i] * cols, out, i * cols, cols);
        }
        return out;
    }
}
