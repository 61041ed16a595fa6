package org.greentrain.study.architecture;

import ai.djl.engine.Engine;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.AblationResult;
import org.greentrain.study.factorial.AblationRunner;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.tuning.TuningData;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.profile.OperatorProfiler;
import org.greentrain.train.profile.ProfileRequest;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.storage.Storage;

/**
 * Runs an architecture study: first the factorial ablation of its design ({@link AblationRunner}: every cell trained
 * with every hyperparameter set, repeatedly, each run stored as it ends), then one operator profile per cell
 * ({@link OperatorProfiler}: a short training interval under PyTorch's profiler, its joules shared out per layer type),
 * each stored as it ends. Running the same design again resumes: finished runs and profiled cells are skipped.
 *
 * <p>Image sets keep their official test part; a table gets a seeded stratified 25% test part, min-max scaled on the
 * training part (as {@link TuningData} prepares them). Profiles train on the design's training subset with the first
 * hyperparameter set, so that every cell is profiled on the same examples with the same optimizer. One runner per
 * study at a time, and one training per JVM.
 */
public final class ArchitectureRunner {

    /** Unmeasured steps before each profile; the ablation already loaded the engine. */
    static final int PROFILE_WARMUP_BATCHES = 2;

    private final EnergyMeter meter;
    private final AblationRunner ablation;
    private ArchitectureListener listener = ArchitectureListener.NONE;

    /** A runner measuring with {@code meter}. */
    public ArchitectureRunner(EnergyMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
        this.ablation = new AblationRunner(meter);
    }

    /** Sets the progress listener. */
    public ArchitectureRunner withListener(ArchitectureListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        ablation.withListener(value);
        return this;
    }

    /**
     * Discards and reruns a run during which this process had less than {@code share} of the machine's CPU time
     * (see {@link AblationRunner#withMinProcessShare}); 0, the default, turns the guard off.
     */
    public ArchitectureRunner withMinProcessShare(double share) {
        ablation.withMinProcessShare(share);
        return this;
    }

    /**
     * Runs what study {@code name} still lacks of {@code design}: runs, then cell profiles.
     *
     * @param loaded the dataset; the design's row counts select stratified subsets of it
     * @throws IllegalArgumentException before anything is stored, when the rows or a cell do not fit the data, or the
     *                                  study is of another kind or holds another design; later, when training refuses
     *                                  a run
     */
    public ArchitectureResult run(Storage storage, String name, ArchitectureDesign design, LoadedDataset loaded) {
        TuningData data = TuningData.prepare(loaded, 0, design.testRows(), design.seed());
        AblationDesign ablationDesign = design.ablation();
        Dataset rows = ablationDesign.trainingSubset(data.train());
        AblationRunner.checkFits(ablationDesign, rows, data.test());
        ArchitectureStudy study = ArchitectureStudy.open(storage, name, design);
        int cells = ablationDesign.models().cells().size();
        if (study.runs().size() < design.totalRuns() || study.profiles().size() < cells) {
            study.recordEnvironment(environment());
        }
        AblationResult runs = ablation.run(storage, name, ablationDesign, data.train(), data.test());
        int profiled = profileMissing(study, ablationDesign, design.profileBatches(), rows);
        return new ArchitectureResult(study.snapshot(), describe(design.dataset(), loaded, rows, data.test()),
                runs.alreadyDone(), runs.ranNow(), runs.contended(), runs.failedNow(), profiled);
    }

    /**
     * Marks the run in progress FAIL with {@code reason}, for a shutdown hook on Ctrl-C, so that it runs again on
     * resume; a profile in progress is simply not stored. Does nothing between runs.
     */
    public void abandonCurrentRun(String reason) {
        ablation.abandonCurrentRun(reason);
    }

    /** Profiles every cell not profiled yet, storing each profile as it ends; returns how many it profiled. */
    private int profileMissing(ArchitectureStudy study, AblationDesign design, int batches, Dataset rows) {
        List<Cell> cells = design.models().cells();
        Set<String> done = new HashSet<>();
        study.profiles().forEach(p -> done.add(p.cell()));
        listener.onProfilingStart(done.size(), cells.size());
        TrainingConfig config = TrainingConfig.defaults().withOptimizer(design.hyperparameterSets().get(0).optimizer())
                .withBatchSize(design.batchSize()).withEpochs(1).withSeed(Seeds.mix(design.seed(), 4));
        OperatorProfiler profiler = new OperatorProfiler(meter);
        int profiled = 0;
        for (Cell cell : cells) {
            if (done.contains(cell.label())) {
                continue;
            }
            listener.onProfileStart(cell, done.size(), cells.size());
            CellProfile profile = CellProfile.of(cell.label(), profiler.profile(ProfileRequest.of(cell.spec(), rows)
                    .withConfig(config).withBatches(batches).withWarmupBatches(PROFILE_WARMUP_BATCHES)));
            study.storeProfile(profile);
            done.add(cell.label());
            profiled++;
            listener.onProfiled(profile, done.size(), cells.size());
        }
        return profiled;
    }

    private RunEnvironment environment() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("djl", Engine.getDjlVersion());
        libraries.put("pytorch", Engine.getInstance().getVersion());
        return RunEnvironment.capture(meter, libraries);
    }

    private static String describe(String dataset, LoadedDataset loaded, Dataset train, Dataset test) {
        return String.format(Locale.ROOT, "%s: %d training rows%s, %d test rows%s", dataset,
                train.rows(), train.rows() < loaded.train().rows() ? " (stratified subset)" : "", test.rows(),
                loaded.hasTestPart() ? (test.rows() < loaded.test().rows() ? " (stratified subset of the official "
                        + "test part)" : " (official test part)") : " (stratified test part)");
    }
}
