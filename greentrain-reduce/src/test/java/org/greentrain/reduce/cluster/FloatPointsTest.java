package org.greentrain.reduce.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greentrain.data.Dataset;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class FloatPointsTest {

    private static final Dataset DATA = TestData.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[3], 1);

    @Test
    void picksTheGivenRowsInTheGivenOrder() {
        FloatPoints p = FloatPoints.of(DATA, new int[] {2, 0});
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.dims()).isEqualTo(2);
        assertThat(p.rows()).containsExactly(5, 6, 1, 2);
        assertThat(p.columns()[0]).containsExactly(5, 1);
        assertThat(p.columns()[1]).containsExactly(6, 2);
        assertThat(p.get(1, 1)).isEqualTo(2f);
    }

    @Test
    void allRowsShareTheDatasetsArray() {
        FloatPoints p = FloatPoints.allOf(DATA);
        assertThat(p.rows()).isSameAs(DATA.features());
        assertThat(p.columns()[1]).containsExactly(2, 4, 6);
    }

    @Test
    void roundsDoublesToTheNearestFloat() {
        FloatPoints p = FloatPoints.ofRowMajor(new double[] {0.1, 1e-50}, 1, 2);
        assertThat(p.get(0, 0)).isEqualTo((float) 0.1);
        assertThat(p.get(0, 1)).isZero();
        assertThatThrownBy(() -> FloatPoints.ofRowMajor(new double[3], 2, 2))
                .hasMessage("3 values for 2 points of 2 dimensions");
    }
}
