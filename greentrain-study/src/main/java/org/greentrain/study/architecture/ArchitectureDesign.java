package org.greentrain.study.architecture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.study.factorial.AblationDesign;
import org.greentrain.study.factorial.Factor;
import org.greentrain.study.factorial.HyperparameterBox;
import org.greentrain.study.factorial.ModelFactors;

/**
 * Everything that fixes the results of an architecture study (the tuning paper's RQ2): the factorial ablation it
 * runs, the test rows it scores on, and how long each cell's operator profile is. Stored with the study as JSON and
 * compared when the study resumes, so its fields are plain values, kept in canonical form ({@code relu=false,true}
 * becomes {@code relu=off,on}): two designs that train the same runs are equal.
 *
 * @param dataset         name of the dataset, for example {@code fashion-mnist}
 * @param model           the base model spec the factors vary, canonical
 * @param factors         one {@code key=level,level,...} per factor, canonical, in design order
 * @param hyperparameters the Adam box the random sets are drawn from, canonical
 * @param hyperSets       random hyperparameter sets, the same in every cell
 * @param repeats         repetitions of every (cell, set)
 * @param epochs          epochs per run
 * @param batchSize       examples per step
 * @param trainRows       size of the seeded stratified training subset, 0 for the whole training set
 * @param testRows        size of the seeded stratified test subset, 0 for the whole test set
 * @param profileBatches  training steps of each cell's operator profile
 * @param seed            seed of the hyperparameter draws, run seeds, run order, subsets and profiles
 */
public record ArchitectureDesign(String dataset, String model, List<String> factors, String hyperparameters,
                                 int hyperSets, int repeats, int epochs, int batchSize, int trainRows, int testRows,
                                 int profileBatches, long seed) {

    /** The paper's factors: 1 or 4 conv blocks, 3 or 7 linear layers, ReLU absent or present (spec §1.6). */
    public static final List<String> PAPER_FACTORS = List.of("conv=1,4", "linear=3,7", "relu=off,on");

    /** The paper's network family. */
    public static final String PAPER_MODEL = "simplecnn";

    /**
     * Checks the design and puts it in canonical form.
     *
     * @throws IllegalArgumentException for a factor the model does not have (the message lists the valid ones), a
     *                                  factor with a single level, a malformed hyperparameter box, or a count out of
     *                                  range
     */
    public ArchitectureDesign {
        Objects.requireNonNull(dataset, "dataset");
        ModelFactors models = ModelFactors.parse(Objects.requireNonNull(model, "model"),
                List.copyOf(Objects.requireNonNull(factors, "factors")));
        model = models.base().canonical();
        factors = models.factors().stream().map(Factor::describe).toList();
        hyperparameters = HyperparameterBox.parse(Objects.requireNonNull(hyperparameters, "hyperparameters"))
                .canonical();
        if (testRows < 0) {
            throw new IllegalArgumentException("test rows must be positive (or 0 for all), got " + testRows);
        }
        if (profileBatches < 1) {
            throw new IllegalArgumentException("profile batches must be at least 1, got " + profileBatches);
        }
        // the counts are checked, with the same messages, by the ablation this design runs
        new AblationDesign(dataset, models, HyperparameterBox.parse(hyperparameters), hyperSets, repeats, epochs,
                batchSize, trainRows, seed);
    }

    /**
     * The paper's design on {@code dataset}, or with {@code quick} the same design small enough for about five
     * minutes on two cores. The paper: 8 hyperparameter sets x 24 repetitions of every cell, 25 epochs, batch 512, all
     * rows (spec §1.4 and §1.6); quick: 2 sets x 2 repetitions, 2 epochs on 4,000 training rows, scored on 1,000 test
     * rows. Both profile every cell over a few batches.
     */
    public static ArchitectureDesign defaults(String dataset, boolean quick) {
        String box = HyperparameterBox.PAPER_RQ2.canonical();
        return quick
                ? new ArchitectureDesign(dataset, PAPER_MODEL, PAPER_FACTORS, box, 2, 2, 2, 512, 4000, 1000, 4, 0)
                : new ArchitectureDesign(dataset, PAPER_MODEL, PAPER_FACTORS, box, 8, 24, 25, 512, 0, 0, 10, 0);
    }

    /** The factorial ablation this design runs. */
    public AblationDesign ablation() {
        return new AblationDesign(dataset, ModelFactors.parse(model, factors), HyperparameterBox.parse(hyperparameters),
                hyperSets, repeats, epochs, batchSize, trainRows, seed);
    }

    /** The number of training runs: cells x hyperparameter sets x repetitions. */
    public int totalRuns() {
        return ablation().totalRuns();
    }

    /** The settings in a fixed order, for messages and the report's design table. */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>(ablation().settings());
        s.put("test-rows", testRows == 0 ? "all" : Integer.toString(testRows));
        s.put("profile-batches", Integer.toString(profileBatches));
        return s;
    }

    /** Eight hex digits of the SHA-256 of {@link #settings()}: equal designs, equal fingerprints. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
