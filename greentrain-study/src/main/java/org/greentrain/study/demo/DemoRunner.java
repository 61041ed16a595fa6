package org.greentrain.study.demo;

import java.io.IOException;
import java.util.Objects;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.study.reduction.ReductionListener;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionRunner;
import org.greentrain.study.tuning.TuningListener;
import org.greentrain.study.tuning.TuningResult;
import org.greentrain.study.tuning.TuningRunner;
import org.greentrain.tune.storage.Storage;

/**
 * Runs a {@link DemoDesign}: first the reduction study, then the tuning study, both stored in one storage under
 * {@link DemoStudies}' names by their own runners, so the demo resumes exactly as they do: running it again trains only
 * what is missing (nothing, once it finished), and a run interrupted by Ctrl-C runs again. The storage is checked
 * before anything is loaded, trained or written. Callers pick the PyTorch thread count (one suits both parts' small
 * networks on a busy machine).
 */
public final class DemoRunner {

    private final EnergyMeter meter;
    private ReductionListener reductionListener = ReductionListener.NONE;
    private TuningListener tuningListener = TuningListener.NONE;
    private volatile ReductionRunner reductionRunner;
    private volatile TuningRunner tuningRunner;

    /** A runner measuring with {@code meter}. */
    public DemoRunner(EnergyMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /** Sets the progress listeners of the two parts. */
    public DemoRunner withListeners(ReductionListener reduction, TuningListener tuning) {
        this.reductionListener = Objects.requireNonNull(reduction, "reduction");
        this.tuningListener = Objects.requireNonNull(tuning, "tuning");
        return this;
    }

    /**
     * Runs what {@code storage} does not hold yet of {@code design} and returns everything it holds.
     *
     * @throws IllegalArgumentException before anything is written, when the storage holds the demo's studies with
     *                                  another design
     * @throws IOException              when a built-in dataset cannot be read
     */
    public DemoResult run(Storage storage, DemoDesign design) throws IOException {
        DemoStudies.checkCompatible(storage, design);
        LoadedDataset table = BuiltinDatasets.load(design.reduction().dataset());
        if (table.hasTestPart()) {
            throw new IllegalArgumentException("the demo's reduction part re-splits one table in every repeat, but '"
                    + design.reduction().dataset() + "' comes with a test part: use a table such as spambase");
        }
        LoadedDataset tuningData = BuiltinDatasets.load(design.tuning().dataset());
        reductionRunner = new ReductionRunner(meter).withListener(reductionListener);
        ReductionResult reduction = reductionRunner.run(storage, DemoStudies.REDUCTION_STUDY, design.reduction(),
                table.train());
        tuningRunner = new TuningRunner(meter).withListener(tuningListener);
        TuningResult tuning = tuningRunner.run(storage, DemoStudies.TUNING_STUDY, design.tuning(), tuningData);
        return new DemoResult(design, storage.describe(), reduction, tuning,
                EnergyTotal.ofReductionRuns(reduction.runs()),
                EnergyTotal.ofTuningRounds(storage, tuning.analysis().traces()));
    }

    /**
     * Marks the run or round in progress FAIL with {@code reason}, for a shutdown hook on Ctrl-C: it runs again when
     * the demo resumes, without waiting for its heartbeat to go stale. Does nothing between runs.
     */
    public void abandonCurrentWork(String reason) {
        ReductionRunner r = reductionRunner;
        if (r != null) {
            r.abandonCurrentRun(reason);
        }
        TuningRunner t = tuningRunner;
        if (t != null) {
            t.abandonCurrentRound(reason);
        }
    }
}
