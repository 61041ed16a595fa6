package org.greentrain.train.spec;

import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;

/**
 * What a network consumes and produces: {@code features} values per example (optionally an image of that many
 * values, channel-first) and {@code classes} output logits. A spec resolves against this into an {@link Architecture}.
 *
 * @param features values per example
 * @param image    the image shape when examples are images, or null for tabular data
 * @param classes  number of classes (output logits), at least 2
 */
public record ModelInput(int features, ImageShape image, int classes) {

    public ModelInput {
        if (features < 1) {
            throw new IllegalArgumentException("a model needs at least one input feature, got " + features);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        if (image != null && image.size() != features) {
            throw new IllegalArgumentException("image shape " + image + " does not hold " + features + " features");
        }
    }

    /** The input of a model trained on {@code data}: its columns, image shape and class count. */
    public static ModelInput of(Dataset data) {
        Objects.requireNonNull(data, "data");
        return new ModelInput(data.cols(), data.imageShape(), data.numClasses());
    }

    /** Input channels: the image's channels, or 1 for tabular data. */
    public int channels() {
        return image == null ? 1 : image.channels();
    }

    /** {@code 1x28x28} for images, {@code 57 features} for tabular data. */
    public String describe() {
        return image == null ? features + " features" : image.toString();
    }
}
