package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class StudyDataTest {

    private static final ReductionDesign DESIGN = new ReductionDesign("iris", List.of("srs"), List.of(0.5), 3,
            ModelSpecs.parse("mlp-paper"), 2, 16, 1, "measured");

    @Test
    void eachRepeatsSplitIsScaledWithTheStatisticsOfAllRowsAsThePaperScaledBeforeSplitting() throws Exception {
        Dataset iris = BuiltinDatasets.load("iris").train();
        StudyData data = new StudyData(iris, DESIGN);
        Dataset scaledFirst = ScalingMethod.MIN_MAX.fit(iris).apply(iris);

        for (int repeat = 0; repeat < DESIGN.repeats(); repeat++) {
            Split split = data.split(repeat);
            Split paper = Splits.random(scaledFirst, ReductionDesign.TEST_FRACTION, DESIGN.splitSeed(repeat));
            assertThat(split.train()).isEqualTo(paper.train());
            assertThat(split.test()).isEqualTo(paper.test());
        }
    }
}
