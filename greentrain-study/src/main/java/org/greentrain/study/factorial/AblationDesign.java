package org.greentrain.study.factorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.train.model.Seeds;

/**
 * Everything that fixes the results of an architecture ablation: the data, the cells, the hyperparameter box and how
 * many sets are drawn from it, the repetitions, and the training settings. A stored ablation is resumed only with an
 * equal design ({@link #settings()} is what is compared).
 *
 * <p>Runs are ordered repetition-major: for each repetition, for each hyperparameter set, one run of every cell.
 * After every such block all cells have the same number of runs, so an interrupted ablation stays balanced up to one
 * partial block. Within a block the cells run in a seeded random order, so a slow drift of the machine (temperature,
 * other load) does not line up with one cell.
 *
 * @param dataset         name of the dataset, for example {@code fashion-mnist}
 * @param models          the base spec and the factors
 * @param hyperparameters the box the sets are drawn from
 * @param hyperSets       number of random hyperparameter sets H, used in every cell
 * @param repeats         repetitions R of every (cell, set)
 * @param epochs          epochs per run
 * @param batchSize       examples per step
 * @param trainRows       size of the seeded stratified training subset, 0 for the whole training set
 * @param seed            seed of the hyperparameter draws, the run seeds, the run order and the subset
 */
public record AblationDesign(String dataset, ModelFactors models, HyperparameterBox hyperparameters, int hyperSets,
                             int repeats, int epochs, int batchSize, int trainRows, long seed) {

    public AblationDesign {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        positive("hyperparameter sets", hyperSets);
        positive("repetitions", repeats);
        positive("epochs", epochs);
        positive("batch size", batchSize);
        if (trainRows < 0) {
            throw new IllegalArgumentException("training rows must be positive (or 0 for all), got " + trainRows);
        }
    }

    /** The settings compared when a stored ablation is resumed, in a fixed order. */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("dataset", dataset);
        s.put("design", models.describe());
        s.put("hyperparameters", hyperparameters.canonical());
        s.put("hyper-sets", Integer.toString(hyperSets));
        s.put("repeats", Integer.toString(repeats));
        s.put("epochs", Integer.toString(epochs));
        s.put("batch", Integer.toString(batchSize));
        s.put("train-rows", trainRows == 0 ? "all" : Integer.toString(trainRows));
        s.put("seed", Long.toString(seed));
        return s;
    }

    /** The number of runs: cells x hyperparameter sets x repetitions. */
    public int totalRuns() {
        return models.cells().size() * hyperSets * repeats;
    }

    /** The hyperparameter sets, the same for the same seed. */
    public List<HyperparameterSet> hyperparameterSets() {
        return hyperparameters.draw(hyperSets, Seeds.mix(seed, 0));
    }

    /** The seed of the stratified training subset. */
    public long subsetSeed() {
        return Seeds.mix(seed, 3);
    }

    /**
     * The rows every run trains on: a seeded stratified subset of {@code train} of {@link #trainRows()} rows, or all
     * of it.
     *
     * @throws IllegalArgumentException when {@link #trainRows()} exceeds the training set
     */
    public Dataset trainingSubset(Dataset train) {
        return TrainingSubset.of(train, trainRows, subsetSeed());
    }

    /** Every run, in execution order (see the class comment). */
    public List<RunKey> runs() {
        List<Cell> cells = models.cells();
        List<RunKey> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            for (int h = 0; h < hyperSets; h++) {
                int block = r * hyperSets + h;
                long runSeed = Seeds.mix(Seeds.mix(seed, 1), block);
                for (Cell cell : shuffled(cells, Seeds.mix(Seeds.mix(seed, 2), block))) {
                    runs.add(new RunKey(runs.size(), cell, h, r, runSeed));
                }
            }
        }
        return List.copyOf(runs);
    }

    private static List<Cell> shuffled(List<Cell> cells, long seed) {
        List<Cell> out = new ArrayList<>(cells);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Cell swap = out.get(i);
            out.set(i, out.get(j));
            out.set(j, swap);
        }
        return out;
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
    }
}
