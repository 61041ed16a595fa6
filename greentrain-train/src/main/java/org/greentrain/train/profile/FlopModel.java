package org.greentrain.train.profile;

import java.util.ArrayList;
import java.util.List;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.Layer;

/**
 * Analytic floating-point operation counts of an {@link Architecture}, per training example. A multiply-add counts as
 * 2 FLOPs. Forward counts:
 * <ul>
 *   <li>convolution: {@code 2 Cin k^2 Cout Hout Wout} plus {@code Cout Hout Wout} for the bias;</li>
 *   <li>linear: {@code 2 in out} plus {@code out} for the bias;</li>
 *   <li>batch norm (training mode), per element: 8 = 1 for the mean, 3 for the variance (subtract, square, add),
 *   2 to normalise (subtract, scale), 2 for the affine scale and shift;</li>
 *   <li>activations, per element: ReLU 1 (a comparison), sigmoid 4 (negate, exp, add, divide), tanh 5 (scale, exp,
 *   subtract, add, divide);</li>
 *   <li>pooling: {@code k^2} per output element (every input of the window compared or added once);</li>
 *   <li>dropout (training mode): 2 per element (draw the mask, multiply by the scaled mask);</li>
 *   <li>flatten: 0.</li>
 * </ul>
 * Backward estimate: twice the forward count for layers with parameters (the input gradient and the parameter
 * gradient each cost about one forward pass), once for the others (one element-wise pass). The first layer needs no
 * input gradient (PyTorch skips it, since the data needs no gradient), so its backward is once its forward count.
 */
public final class FlopModel {

    /** FLOPs per element of a training-mode batch norm. */
    static final int BATCH_NORM_FLOPS = 8;
    /** FLOPs per element of a training-mode dropout. */
    static final int DROPOUT_FLOPS = 2;

    private FlopModel() {
    }

    /** The cost of every layer of {@code architecture}, in order. */
    public static List<LayerCost> of(Architecture architecture) {
        long[] example = architecture.exampleShape();
        long channels = example[0];
        long area = example.length == 3 ? example[1] * example[2] : 1;
        List<LayerCost> costs = new ArrayList<>();
        int index = 0;
        for (Layer layer : architecture.layers()) {
            long forward = forward(layer, channels, area);
            long backward = layer.parameterCount() > 0 && index > 0 ? 2 * forward : forward;
            costs.add(new LayerCost(index, layer, LayerType.of(layer), layer.parameterCount(), forward, backward));
            if (layer instanceof Layer.Conv c) {
                channels = c.outChannels();
                area = (long) c.outHeight() * c.outWidth();
            } else if (layer instanceof Layer.Pool p) {
                area = (long) p.outHeight() * p.outWidth();
            } else if (layer instanceof Layer.Flatten f) {
                channels = f.features();
                area = 1;
            } else if (layer instanceof Layer.Dense d) {
                channels = d.out();
                area = 1;
            }
            index++;
        }
        return costs;
    }

    /** Forward FLOPs of {@code layer} for one example whose input has {@code channels x area} elements. */
    static long forward(Layer layer, long channels, long area) {
        long in = channels * area;
        if (layer instanceof Layer.Conv c) {
            long outputs = (long) c.outChannels() * c.outHeight() * c.outWidth();
            return 2L * c.inChannels() * c.kernel() * c.kernel() * outputs + outputs;
        }
        if (layer instanceof Layer.Dense d) {
            return 2L * d.in() * d.out() + d.out();
        }
        if (layer instanceof Layer.BatchNorm) {
            return BATCH_NORM_FLOPS * in;
        }
        if (layer instanceof Layer.Act a) {
            switch (a.activation()) {
                case SIGMOID:
                    return 4 * in;
                case TANH:
                    return 5 * in;
                default:
                    return in;
            }
        }
        if (layer instanceof Layer.Pool p) {
            long window = (long) p.pooling().size() * p.pooling().size();
            return channels * p.outHeight() * p.outWidth() * window;
        }
        if (layer instanceof Layer.Dropout) {
            return DROPOUT_FLOPS * in;
        }
        return 0;
    }
}
