package org.greentrain.study.reduction;

import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.param.MethodParams;

/**
 * A reducer that remembers its last reduction, so that the study can measure the ε-representativeness of the very
 * set a run trained on (synthetic CLC centroids included) after the trainer has used it. One per run; not shared.
 */
final class CapturingReducer implements Reducer {

    private final Reducer delegate;
    private Reduction last;

    CapturingReducer(Reducer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String method() {
        return delegate.method();
    }

    @Override
    public MethodParams params() {
        return delegate.params();
    }

    @Override
    public Reduction reduce(Dataset data, double keepFraction, long seed, EnergyMeter meter) {
        last = delegate.reduce(data, keepFraction, seed, meter);
        return last;
    }

    /** The reduced set of the last reduction. */
    Dataset reduced() {
        if (last == null) {
            throw new IllegalStateException(delegate.method() + " has not reduced anything yet");
        }
        return last.data();
    }
}
