package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowBlocksTest {

    /** Fills rows of {@code width} with value row * width + column and checks the assembled table. */
    private static void fillAndCheck(int width, int rows) {
        RowBlocks table = new RowBlocks(width);
        for (int r = 0; r < rows; r++) {
            assertThat(table.append()).isEqualTo(r);
            float[] block = table.block(r);
            int offset = table.offset(r);
            for (int c = 0; c < width; c++) {
                assertThat(block[offset + c]).isZero();
                block[offset + c] = (float) r * width + c;
            }
        }
        assertThat(table.rows()).isEqualTo(rows);
        float[] all = table.toArray();
        assertThat(all).hasSize(rows * width);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i]).isEqualTo((float) i);
        }
    }

    @Test
    void rowsAcrossManyBlocksComeBackInOrder() {
        fillAndCheck(3, 300_000); // 87,381 rows per block: four blocks, the last one partly filled
    }

    @Test
    void rowsWiderThanABlockTakeOneBlockEach() {
        fillAndCheck(300_000, 3);
    }

    @Test
    void anEmptyTableIsAnEmptyArray() {
        assertThat(new RowBlocks(4).toArray()).isEmpty();
    }
}
