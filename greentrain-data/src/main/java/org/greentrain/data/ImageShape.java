package org.greentrain.data;

/**
 * The shape of one image when a dataset's rows are images stored channel-first ({@code C x H x W}) and flattened.
 *
 * @param channels 1 for grey, 3 for RGB
 * @param height   pixels
 * @param width    pixels
 */
public record ImageShape(int channels, int height, int width) {

    public ImageShape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image shape must be positive, got " + channels + "x" + height + "x"
                    + width);
        }
    }

    /** Number of values in one flattened image. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
