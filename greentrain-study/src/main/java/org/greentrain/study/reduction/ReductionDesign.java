package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.greentrain.energy.MeterConfig;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;

/**
 * The design of a data-reduction study (data-reduction spec §4): which methods, which kept fractions, how many
 * repeats, and how each run trains. The protocol around it is fixed, as in the paper: min-max scaling fitted on all
 * rows before splitting; in every repeat a fresh non-stratified 75/25 split; per (repeat, method, fraction) the
 * training part is reduced and a fresh model is trained with Adam (lr 0.001) on it; class weights
 * {@code N / (C n_c)} over all rows when there are more than two classes; forgetting events pre-train on all rows for
 * a third of the epochs (the paper's 50 of 150). Every repeat also trains on the full training part (the baseline).
 *
 * <p>Seeds: repeat {@code i} splits with {@code mix(seed, i)}; all runs of the repeat share the training seed (initial
 * weights, batch order, dropout) and the reducers' seed {@code mix(mix(seed, i), 1)}, so methods are compared on the
 * same split from the same initial weights.
 *
 * @param dataset       the data's name
 * @param methods       the reduction method ids, in the order they run
 * @param keepFractions the fractions kept, ascending, each in (0, 1)
 * @param repeats       repeats (train/test splits)
 * @param model         the network trained in every run
 * @param epochs        epochs per run (forgetting events included)
 * @param batchSize     examples per step
 * @param seed          base seed of splits, weights, batch order and reducers
 * @param meter         how energy is measured: {@code measured} or the constant-power model, see {@link #meterMode}
 */
public record ReductionDesign(String dataset, List<String> methods, List<Double> keepFractions, int repeats,
                              ModelSpec model, int epochs, int batchSize, long seed, String meter) {

    /** The data-reduction paper's eight methods, in its order. */
    public static final List<String> PAPER_METHODS = List.of("srs", "prd", "clc", "mms", "des", "phl", "nrmd", "fes");

    /** Default fractions: the paper's 10% to 90%. */
    public static final String DEFAULT_KEEP = "0.1..0.9";

    /** Default repeats: the paper's 10. */
    public static final int DEFAULT_REPEATS = 10;

    /**
     * Default epochs, batch and dropout: the paper's Dry Bean setting (10,208 training rows; Collision, with about
     * 10^5, used batch 1024, dropout 0.5 and 600 epochs). Tables of a few thousand rows, such as spambase, are
     * closest to Dry Bean.
     */
    public static final int DEFAULT_EPOCHS = 150;

    /** Default batch size, see {@link #DEFAULT_EPOCHS}. */
    public static final int DEFAULT_BATCH = 32;

    /** Default dropout of {@code mlp-paper}, see {@link #DEFAULT_EPOCHS}. */
    public static final double DEFAULT_DROPOUT = 0.25;

    /** Fractions of the quick design. */
    public static final String QUICK_KEEP = "0.1,0.3,0.5";

    /** Repeats of the quick design. */
    public static final int QUICK_REPEATS = 3;

    /** Epochs of the quick design (forgetting events pre-train 10 of them). */
    public static final int QUICK_EPOCHS = 30;

    /** Share of rows held out for testing in every repeat, as the paper. */
    public static final double TEST_FRACTION = 0.25;

    /** The learning rate of Adam, as the paper. */
    public static final String OPTIMIZER = "adam:lr=0.001";

    public ReductionDesign {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(meter, "meter");
        methods = checkMethods(methods);
        keepFractions = List.copyOf(keepFractions);
        if (keepFractions.isEmpty()) {
            throw new IllegalArgumentException("a reduction study needs at least one fraction to keep");
        }
        for (double k : keepFractions) {
            if (!(k > 0 && k < 1)) {
                throw new IllegalArgumentException("fractions kept must be in (0, 1), got " + k);
            }
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1, got " + repeats);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batchSize);
        }
        if (methods.contains("fes") && epochs < 2) {
            throw new IllegalArgumentException("fes pre-trains a third of the epochs on all rows and then goes on with "
                    + "the rest: give --epochs 2 or more, or leave fes out");
        }
    }

    /**
     * The paper's design for {@code dataset} (all eight methods, 10% to 90%, 10 repeats, {@code mlp-paper} with
     * dropout 0.25, 150 epochs, batch 32), or with {@code quick} the same design small enough for a few minutes on two
     * cores: fractions 0.1, 0.3, 0.5, 3 repeats, 30 epochs.
     */
    public static ReductionDesign defaults(String dataset, boolean quick, String meter) {
        return new ReductionDesign(dataset, PAPER_METHODS, KeepFractions.belowFull(quick ? QUICK_KEEP : DEFAULT_KEEP),
                quick ? QUICK_REPEATS : DEFAULT_REPEATS,
                ModelSpecs.parse("mlp-paper:dropout=" + DEFAULT_DROPOUT), quick ? QUICK_EPOCHS : DEFAULT_EPOCHS,
                DEFAULT_BATCH, 0, meter);
    }

    /**
     * Parses {@code all} (the eight paper methods) or a comma list of method ids, such as {@code srs,des,dom}.
     *
     * @throws IllegalArgumentException for an unknown method, naming the valid ones
     */
    public static List<String> parseMethods(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--methods is empty: give all or a list such as srs,des,mms");
        }
        if (text.strip().equalsIgnoreCase("all")) {
            return PAPER_METHODS;
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(part.strip().toLowerCase(Locale.ROOT));
        }
        return checkMethods(out);
    }

    /** The meter's mode as stored with the study: {@code measured} or {@code constant-power CPU_W+RAM_W}. */
    public static String meterMode(MeterConfig config) {
        MeterConfig.ConstantPower c = config.constantPower();
        return c == null ? "measured" : "constant-power " + number(c.cpuWatts()) + " W CPU + " + number(c.ramWatts())
                + " W RAM";
    }

    /** Whether energy comes from the paper's CodeCarbon constants (42.5 W CPU + 23.43 W RAM). */
    public boolean paperConstantPower() {
        MeterConfig.ConstantPower p = MeterConfig.ConstantPower.paper();
        return meter.equals("constant-power " + number(p.cpuWatts()) + " W CPU + " + number(p.ramWatts()) + " W RAM");
    }

    /** Pre-training epochs of forgetting events: a third of the epochs, at least 1. */
    public int fesInitialEpochs() {
        return Math.max(1, epochs / 3);
    }

    /** The seed of repeat {@code iteration}'s train/test split. */
    public long splitSeed(int iteration) {
        return Seeds.mix(seed, iteration);
    }

    /** The training and reduction seed shared by every run of repeat {@code iteration}. */
    public long runSeed(int iteration) {
        return Seeds.mix(splitSeed(iteration), 1);
    }

    /** Runs per repeat: the baseline plus every (method, fraction). */
    public int runsPerRepeat() {
        return 1 + methods.size() * keepFractions.size();
    }

    /** Runs in all. */
    public int totalRuns() {
        return repeats * runsPerRepeat();
    }

    /** Every run in execution order: repeat by repeat, the baseline first, then by fraction and method. */
    public List<RunKey> runs() {
        List<RunKey> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            runs.add(new RunKey(runs.size(), i, RunKey.FULL, 1.0));
            for (double keep : keepFractions) {
                for (String m : methods) {
                    runs.add(new RunKey(runs.size(), i, m, keep));
                }
            }
        }
        return runs;
    }

    /** The design as text, stored with the study: a resumed study must be given the same design. */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("dataset", dataset);
        s.put("methods", String.join(",", methods));
        s.put("keep", KeepFractions.format(keepFractions));
        s.put("repeats", Integer.toString(repeats));
        s.put("model", model.canonical());
        s.put("epochs", Integer.toString(epochs));
        s.put("batch", Integer.toString(batchSize));
        s.put("seed", Long.toString(seed));
        s.put("meter", meter);
        s.put("optimizer", OPTIMIZER);
        s.put("split", "random (not stratified), " + number(TEST_FRACTION * 100) + "% test, a new split per repeat");
        s.put("scaling", "min-max fitted on all rows before splitting");
        s.put("class_weights", "N/(C n_c) over all rows when more than 2 classes, else none");
        if (methods.contains("fes")) {
            s.put("fes_initial_epochs", Integer.toString(fesInitialEpochs()));
        }
        return s;
    }

    /**
     * The design stored as {@link #settings()}.
     *
     * @throws IllegalArgumentException when a setting is missing or malformed
     */
    public static ReductionDesign fromSettings(Map<String, String> s) {
        try {
            return new ReductionDesign(required(s, "dataset"), parseMethods(required(s, "methods")),
                    KeepFractions.belowFull(required(s, "keep")), Integer.parseInt(required(s, "repeats")),
                    ModelSpecs.parse(required(s, "model")), Integer.parseInt(required(s, "epochs")),
                    Integer.parseInt(required(s, "batch")), Long.parseLong(required(s, "seed")),
                    required(s, "meter"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stored design has a malformed number: " + e.getMessage(), e);
        }
    }

    /** A one-line summary, for example {@code 8 methods x 9 fractions x 10 repeats (+ full data), 730 runs}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d method%s x %d fraction%s x %d repeat%s (+ full data): %d runs, "
                        + "%s, %d epochs, batch %d", methods.size(), methods.size() == 1 ? "" : "s",
                keepFractions.size(), keepFractions.size() == 1 ? "" : "s", repeats, repeats == 1 ? "" : "s",
                totalRuns(), model.canonical(), epochs, batchSize);
    }

    private static String required(Map<String, String> s, String key) {
        String v = s.get(key);
        if (v == null) {
            throw new IllegalArgumentException("stored design has no '" + key + "'");
        }
        return v;
    }

    private static List<String> checkMethods(List<String> methods) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String m : methods) {
            if (RunKey.FULL.equals(m)) {
                throw new IllegalArgumentException("'full' is not a reduction method: every study trains on the full "
                        + "data anyway, as its baseline");
            }
            unique.add(ReductionMethod.parse(m).id());
        }
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("a reduction study needs at least one method");
        }
        return List.copyOf(unique);
    }

    private static String number(double v) {
        return KeepFractions.format(v);
    }
}
