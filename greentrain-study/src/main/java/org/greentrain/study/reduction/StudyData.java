package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.scale.ScalerFit;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;
import org.greentrain.train.trainer.ClassWeighting;

/**
 * The data of a reduction study, prepared as the paper does: class weights {@code N / (C n_c)} over all rows when
 * there are more than two classes and, per repeat, a fresh random (not stratified) split holding out
 * {@link ReductionDesign#TEST_FRACTION} of the rows, its features min-max scaled with statistics of all rows
 * ({@link ScalerFit#ALL_DATA}, the same as scaling before the split).
 */
final class StudyData {

    private final Dataset data;
    private final ReductionDesign design;
    private final ClassWeighting weighting;
    private int splitIteration = -1;
    private Split split;

    StudyData(Dataset data, ReductionDesign design) {
        if (data.numClasses() < 2) {
            throw new IllegalArgumentException("'" + data.name() + "' has " + data.numClasses() + " class: a "
                    + "classification study needs at least 2");
        }
        this.data = data;
        this.design = design;
        this.weighting = classWeights(data.classCounts());
    }

    /** All rows, unscaled (their shape is what the model is built for). */
    Dataset all() {
        return data;
    }

    /** How the loss weighs classes. */
    ClassWeighting weighting() {
        return weighting;
    }

    /** The train/test split of repeat {@code iteration} (the last one is kept, as runs come repeat by repeat). */
    Split split(int iteration) {
        if (iteration != splitIteration) {
            split = Splits.random(data, ReductionDesign.TEST_FRACTION, design.splitSeed(iteration))
                    .scaled(ScalingMethod.MIN_MAX, ScalerFit.ALL_DATA);
            splitIteration = iteration;
        }
        return split;
    }

    /** The paper's weights over all rows for more than two classes (a class without rows weighs 1), else none. */
    private static ClassWeighting classWeights(int[] counts) {
        if (counts.length <= 2) {
            return ClassWeighting.NONE;
        }
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        List<Double> w = new ArrayList<>();
        for (int c : counts) {
            w.add(c == 0 ? 1.0 : (double) total / ((double) counts.length * c));
        }
        return new ClassWeighting.Explicit(w);
    }
}
