package org.greentrain.reduce.fes;

import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.reducer.BaseReducer;
import org.greentrain.reduce.reducer.Selection;

/**
 * FES, forgetting-events selection (spec §3.8): a model trains on the full data through a {@link ForgettingHook},
 * and {@link ForgettingEvents#select} keeps the most forgotten examples of each class. The measured cost includes the
 * training, as the paper reports it. Without a hook (a reducer built from the registry alone) it cannot run and says
 * so.
 */
public final class FesReducer extends BaseReducer {

    private final FesParams params;
    private final ForgettingHook hook;

    /** A reducer that trains through {@code hook}; a null hook makes {@link #reduce} fail with an explanation. */
    public FesReducer(FesParams params, ForgettingHook hook) {
        super("fes");
        this.params = params;
        this.hook = hook;
    }

    @Override
    public FesParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        if (hook == null) {
            throw new IllegalStateException("fes needs a model to count forgetting events; run it through the "
                    + "trainer (greentrain-train supplies the ForgettingHook), not as a stand-alone reducer");
        }
        ForgettingEvents events = hook.count(data, params.epochs(), seed);
        if (events.forgetCounts().length != data.rows()) {
            throw new IllegalStateException("the training hook counted " + events.forgetCounts().length
                    + " examples for a dataset of " + data.rows() + " rows");
        }
        Selection selection = new Selection(data.cols())
                .addRows(events.select(data.labels(), data.numClasses(), keepFraction));
        selection.note("fes: forgetting events counted over " + events.passes() + " evaluation passes");
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && SizeRule.TRUNC.apply(keepFraction, counts[c]) == 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "trunc");
            }
        }
        return selection;
    }
}
