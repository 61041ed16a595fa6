package org.greentrain.study.demo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.train.spec.ModelSpecs;

/**
 * What {@code greentrain demo} runs: a data-reduction study on a built-in table and a tuning-strategy comparison on a
 * built-in dataset, both small enough to finish in a few minutes on two cores and both real (real data, real training,
 * measured energy). The two designs are fixed by {@link #standard}; tests give smaller ones.
 *
 * @param reduction the reduction study; its dataset is a built-in table
 * @param tuning    the tuning study; its dataset is a built-in dataset
 */
public record DemoDesign(ReductionDesign reduction, TuningDesign tuning) {

    /** The reduction part's methods: the random baseline, three geometric methods and the model-based one. */
    public static final List<String> METHODS = List.of("srs", "clc", "mms", "des", "fes");

    /** The reduction part's fractions of the training rows kept. */
    public static final List<Double> KEEP = List.of(0.1, 0.3, 0.5);

    /** The tuning part's strategies: the paper's three and greentrain's cost-aware BO. */
    public static final List<Strategy> STRATEGIES = List.of(Strategy.GRID, Strategy.RANDOM, Strategy.BO,
            Strategy.BO_COST);

    public DemoDesign {
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(tuning, "tuning");
        builtin(reduction.dataset());
        builtin(tuning.dataset());
    }

    /**
     * The demo, measuring energy as {@code meterMode} says ({@link ReductionDesign#meterMode}).
     *
     * <p>Part 1, data reduction (the data-reduction paper's protocol, {@link ReductionDesign}): spambase (4,601
     * e-mails, 57 features, 2 classes); SRS, CLC, MMS, DES and FES keeping 10%, 30% and 50% of the training rows;
     * 2 repeats, each with its own 75/25 split and its own full-data baseline: 32 runs. Every run trains the paper's
     * MLP ({@code mlp-paper}, dropout 0.25) for 30 epochs with batch 32, Adam lr 0.001: the quick study's training,
     * with fewer methods, fractions and repeats.
     *
     * <p>Part 2, tuning (the tuning paper's RQ1 protocol, {@link TuningDesign}): grid, random, BO (probability of
     * improvement) and cost-aware BO each search the paper's 3-parameter Adam space (lr, β1, β2) for 12 rounds; a
     * round trains the paper's SimpleCNN once for 3 epochs (batch 128) on a stratified subset of 5,000 MNIST training
     * images and scores 1,000 test images: 48 rounds. Three epochs on 5,000 images leave the hyperparameters a wide
     * spread of accuracies (about 0.1 to 0.9), so the strategies have something to find.
     *
     * <p>On a lightly loaded two-core machine at one PyTorch thread, part 1 takes about 50 s and part 2 about 70 s;
     * other processes sharing the cores stretch both.
     */
    public static DemoDesign standard(String meterMode) {
        ReductionDesign reduction = new ReductionDesign("spambase", METHODS, KEEP, 2,
                ModelSpecs.parse("mlp-paper:dropout=" + ReductionDesign.DEFAULT_DROPOUT), ReductionDesign.QUICK_EPOCHS,
                ReductionDesign.DEFAULT_BATCH, 0, meterMode);
        TuningDesign tuning = new TuningDesign("mnist", "simplecnn", TuningDesign.space("3"), STRATEGIES, 12, 1, 1, 3,
                128, 5000, 1000, 0, 0.98, TuningDesign.DEFAULT_OPTIMUM_TOLERANCE,
                TuningDesign.DEFAULT_ASHA);
        return new DemoDesign(reduction, tuning);
    }

    /** Runs of the reduction part plus rounds of the tuning part. */
    public int totalWork() {
        return reduction.totalRuns() + tuning.totalRounds();
    }

    /** The reduction part in one line, for example {@code spambase: 5 methods x 3 fractions x 2 repeats, 32 runs}. */
    public String reductionSummary() {
        return String.format(Locale.ROOT, "%s: %s x %d fraction%s x %d repeat%s (+ full data), %d runs of %s, "
                        + "%d epochs", reduction.dataset(), String.join(",", reduction.methods()),
                reduction.keepFractions().size(), reduction.keepFractions().size() == 1 ? "" : "s",
                reduction.repeats(), reduction.repeats() == 1 ? "" : "s", reduction.totalRuns(),
                reduction.model().canonical(), reduction.epochs());
    }

    /** The tuning part in one line, for example {@code mnist: grid,random,bo,bo-cost x 12 rounds, 48 rounds}. */
    public String tuningSummary() {
        return String.format(Locale.ROOT, "%s: %s x %d round%s, %d rounds of %s, %d epoch%s on %s training rows",
                tuning.dataset(), String.join(",", tuning.strategies().stream().map(Strategy::id).toList()),
                tuning.rounds(), tuning.rounds() == 1 ? "" : "s", tuning.totalRounds(), tuning.model(),
                tuning.epochs(), tuning.epochs() == 1 ? "" : "s",
                tuning.trainRows() == 0 ? "all" : Integer.toString(tuning.trainRows()));
    }

    private static void builtin(String dataset) {
        if (!BuiltinDatasets.names().contains(dataset)) {
            throw new IllegalArgumentException("the demo runs on built-in datasets (" + String.join(", ",
                    BuiltinDatasets.names()) + "), not '" + dataset + "'");
        }
    }
}
