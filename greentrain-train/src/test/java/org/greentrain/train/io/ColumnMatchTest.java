package org.greentrain.train.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.junit.jupiter.api.Test;

class ColumnMatchTest {

    private static final InputSchema ABC = InputSchema.unscaled(List.of("a", "b", "c"), "label");

    @Test
    void columnsInAnotherOrderAreGatheredIntoTheModelsOrder() {
        Dataset input = Dataset.of("in", new float[] {
                3, 1, 2,
                30, 10, 20}, 2, 3, new int[2], List.of("x", "y"), List.of("c", "a", "b"));

        ColumnMatch match = ColumnMatch.of(ABC, null, input.featureNames(), "in");

        assertThat(match.gather(input)).containsExactly(1, 2, 3, 10, 20, 30);
        assertThat(match.column(0)).isEqualTo(1);
        assertThat(match.category(0)).isNull();
    }

    @Test
    void missingAndUnexpectedColumnsAreNamedInOneLine() {
        assertThatThrownBy(() -> ColumnMatch.of(ABC, null, List.of("a", "z", "c", "w"), "in.csv"))
                .isInstanceOfSatisfying(ColumnMismatchException.class, e -> {
                    assertThat(e.missing()).containsExactly("b");
                    assertThat(e.unexpected()).containsExactly("z", "w");
                })
                .hasMessage("in.csv does not have the columns the model was trained on: missing 'b'; unexpected 'z',"
                        + " 'w' (columns are matched by name, in any order)");
        assertThatThrownBy(() -> ColumnMatch.of(ABC, null, List.of("a", "b", "c", "d"), "in.csv"))
                .hasMessage("in.csv does not have the columns the model was trained on: unexpected 'd' (columns are"
                        + " matched by name, in any order)");
    }

    @Test
    void longListsAreShortened() {
        List<String> many = List.of("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10");
        assertThatThrownBy(() -> ColumnMatch.of(InputSchema.unscaled(many, "label"), null, List.of("f1"), "in"))
                .hasMessageContaining("missing 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9' and 1 more (");
    }

    @Test
    void oneHotCategoriesAbsentFromAnExpandedInputAreZero() {
        InputSchema schema = InputSchema.unscaled(List.of("size", "color=blue", "color=green", "color=red"), "y");
        Dataset input = Dataset.of("in", new float[] {
                0, 1, 4,
                1, 0, 5}, 2, 3, new int[2], List.of("x", "y"), List.of("color=red", "color=blue", "size"));

        ColumnMatch match = ColumnMatch.of(schema, null, input.featureNames(), "in");

        assertThat(match.column(2)).isEqualTo(ColumnMatch.ABSENT);
        assertThat(match.gather(input)).containsExactly(4, 1, 0, 0, 5, 0, 0, 1);
        assertThatThrownBy(() -> ColumnMatch.of(schema, null, List.of("size", "color=red", "color=purple"), "in"))
                .hasMessageContaining("unexpected 'color=purple'");
    }

    @Test
    void oneHotCategoriesOfARawTextColumnNameTheirCategory() {
        InputSchema schema = InputSchema.unscaled(List.of("size", "color=blue", "color=red", "a=b=c"), "y");

        ColumnMatch match = ColumnMatch.of(schema, null, List.of("color", "size", "a=b"), "raw.csv");

        assertThat(match.column(1)).isEqualTo(0);
        assertThat(match.category(1)).isEqualTo("blue");
        assertThat(match.category(2)).isEqualTo("red");
        assertThat(match.column(3)).isEqualTo(2);
        assertThat(match.category(3)).isEqualTo("c");
        Dataset numeric = Dataset.of("nums", new float[] {1, 2, 3}, 1, 3, new int[1], List.of("x", "y"),
                List.of("color", "size", "a=b"));
        assertThatThrownBy(() -> match.gather(numeric)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nums column 'color' holds numbers, but the model was trained on it as categories (such"
                        + " as 'color=blue'); give it the category names it was trained on");
    }

    @Test
    void imageModelsTakePixelsByPositionWhenTheNamesDifferAndRefuseAnotherCount() {
        InputSchema pixels = InputSchema.unscaled(List.of("pixel0", "pixel1", "pixel2", "pixel3"), "label");
        ImageShape image = new ImageShape(1, 2, 2);

        ColumnMatch match = ColumnMatch.of(pixels, image, List.of("1x1", "1x2", "2x1", "2x2"), "kaggle.csv");

        assertThat(match.column(3)).isEqualTo(3);
        assertThatThrownBy(() -> ColumnMatch.of(pixels, image, List.of("a", "b", "c"), "iris.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the model takes 1x2x2 images (4 values per row), but iris.csv has 3 feature columns;"
                        + " give it images of that shape");
        assertThat(ColumnMatch.of(pixels, image, List.of("pixel3", "pixel2", "pixel1", "pixel0"), "flipped")
                .column(0)).isEqualTo(3);
    }
}
