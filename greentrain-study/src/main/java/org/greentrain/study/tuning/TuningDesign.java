package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.Pruners;
import org.greentrain.tune.space.SearchSpace;

/**
 * The tuning paper's RQ1 protocol (spec §3) as data: every strategy runs {@code searches} independent searches of
 * {@code rounds} rounds over one search space; a round trains its hyperparameter set {@code repeats} times (Adam,
 * batch {@code batch}, {@code epochs} epochs) and scores the mean test accuracy. Search s (1-based) of every strategy
 * uses sampler seed {@code seed + s - 1}; repeat r of every round uses training seed {@value #FIRST_TRAINING_SEED}
 * + r (the paper's seed), so strategies differ only by the points they choose.
 *
 * <p>A stored study resumes only with the same {@linkplain #identity() identity} (data, model, space, repeats, epochs,
 * batch, rows, seed, ASHA settings); it may grow: more rounds, more searches, more strategies. The target fraction and
 * the optimum tolerance only shape the analysis.
 *
 * @param dataset          built-in dataset name or file name
 * @param model            canonical model spec
 * @param space            canonical search space
 * @param strategies       the strategies, in display order
 * @param rounds           rounds per search (the paper: 64)
 * @param repeats          trainings per round (the paper: 8)
 * @param searches         searches per strategy (the paper: 1)
 * @param epochs           epochs per training (the paper: 25)
 * @param batch            batch size (the paper: 512)
 * @param trainRows        stratified subset of the training part, 0 for all of it
 * @param testRows         stratified subset of the test part, 0 for all of it
 * @param seed             seed of the samplers and the subsets
 * @param targetFraction   the target is this fraction of the best accuracy any strategy reached (§3.5: 0.98)
 * @param optimumTolerance a search's optimum round is its first round within this much accuracy of its final best
 * @param asha             the settings of bo-asha's pruner, canonical ({@code min-resource=1,eta=3,s=0} when null or
 *                         empty: the paper's r = 1, eta = 3)
 */
public record TuningDesign(String dataset, String model, String space, List<Strategy> strategies, int rounds,
                           int repeats, int searches, int epochs, int batch, int trainRows, int testRows, long seed,
                           double targetFraction, double optimumTolerance, String asha) {

    /** The paper's 3-parameter space: learning rate, β1, β2, all uniform on a linear scale. */
    public static final String SPACE_3 = "lr=1e-5..0.1,beta1=0.1..1,beta2=0.8..1";
    /** The paper's 5-parameter space: {@link #SPACE_3} plus ε and weight decay. */
    public static final String SPACE_5 = SPACE_3 + ",eps=1e-9..1e-7,weight_decay=0..0.1";
    /** The seed of the first repeat of every round; repeat r uses this + r. */
    public static final long FIRST_TRAINING_SEED = 1234;
    /** The default optimum tolerance: half a percentage point of accuracy. */
    public static final double DEFAULT_OPTIMUM_TOLERANCE = 0.005;
    /** bo-asha's pruner settings unless given: the paper's r = 1, eta = 3 (and s = 0). */
    public static final String DEFAULT_ASHA = Pruners.asha("").settings();

    public TuningDesign {
        Objects.requireNonNull(dataset, "dataset");
        model = ModelSpecs.parse(model).canonical();
        space = SearchSpace.parse(space).canonical();
        strategies = List.copyOf(strategies);
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("a tuning study needs at least one strategy");
        }
        atLeast("--rounds", rounds, 1);
        atLeast("--repeats", repeats, 1);
        atLeast("--searches", searches, 1);
        atLeast("--epochs", epochs, 1);
        atLeast("--batch", batch, 1);
        atLeast("--train-rows", trainRows, 0);
        atLeast("--test-rows", testRows, 0);
        if (!(targetFraction > 0 && targetFraction <= 1)) {
            throw new IllegalArgumentException("--target-fraction must be in (0, 1], got " + targetFraction);
        }
        if (!(optimumTolerance >= 0 && optimumTolerance < 1)) {
            throw new IllegalArgumentException("--optimum-tolerance must be in [0, 1), got " + optimumTolerance);
        }
        asha = Pruners.asha(asha == null ? "" : asha).settings(); // designs stored before the setting existed: null
    }

    /**
     * The canonical space for {@code 3} or {@code 5} (the paper's), or for a space spec.
     *
     * @throws IllegalArgumentException for a malformed space spec
     */
    public static String space(String text) {
        String t = text.strip();
        return SearchSpace.parse(t.equals("3") ? SPACE_3 : t.equals("5") ? SPACE_5 : t).canonical();
    }

    /** The sampler seed of search {@code search} (1-based). */
    public long samplerSeed(int search) {
        return seed + search - 1;
    }

    /** Rounds of all searches of all strategies. */
    public int totalRounds() {
        return rounds * searches * strategies.size();
    }

    /** The pruner of one search of {@code strategy}: ASHA with {@link #asha()} for bo-asha, none otherwise. */
    public Pruner pruner(Strategy strategy) {
        return strategy == Strategy.BO_ASHA ? Pruners.asha(asha) : Pruner.none();
    }

    /**
     * The settings that must match for a stored study to resume, by name. The ASHA settings count only when they are
     * not the defaults, so that the identity (and the default study name made from it) of a study with the paper's
     * ASHA stays what it was before the setting existed.
     */
    public Map<String, String> identity() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        m.put("model", model);
        m.put("space", space);
        m.put("repeats", Integer.toString(repeats));
        m.put("epochs", Integer.toString(epochs));
        m.put("batch", Integer.toString(batch));
        m.put("train-rows", Integer.toString(trainRows));
        m.put("test-rows", Integer.toString(testRows));
        m.put("seed", Long.toString(seed));
        if (!asha.equals(DEFAULT_ASHA)) {
            m.put("asha", asha);
        }
        return m;
    }

    /**
     * Why this design cannot resume a study stored with {@code stored}: settings of the identity that differ, fewer
     * rounds or searches, or strategies left out. Empty when it can.
     */
    public List<String> conflictsWith(TuningDesign stored) {
        List<String> problems = new ArrayList<>();
        Map<String, String> mine = identity();
        stored.identity().forEach((k, v) -> {
            if (!k.equals("asha") && !v.equals(mine.get(k))) {
                problems.add("--" + k + " " + v + " stored, " + mine.get(k) + " given");
            }
        });
        if (!asha.equals(stored.asha)) {
            problems.add("--asha " + stored.asha + " stored, " + asha + " given");
        }
        if (rounds < stored.rounds) {
            problems.add("--rounds " + stored.rounds + " stored, " + rounds + " given (a study may only grow)");
        }
        if (searches < stored.searches) {
            problems.add("--searches " + stored.searches + " stored, " + searches + " given (a study may only grow)");
        }
        List<Strategy> missing = stored.strategies.stream().filter(s -> !strategies.contains(s)).toList();
        if (!missing.isEmpty()) {
            problems.add("strategies " + String.join(",", missing.stream().map(Strategy::id).toList())
                    + " are stored but not given");
        }
        return problems;
    }

    private static void atLeast(String option, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
        }
    }
}
