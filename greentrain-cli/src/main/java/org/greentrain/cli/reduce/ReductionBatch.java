package org.greentrain.cli.reduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.fes.FesParams;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.greentrain.reduce.metric.EpsilonResult;
import org.greentrain.train.trainer.TrainingForgettingHook;

/**
 * Runs every method at every fraction on one input, in that order: each reduction measured by the meter, its ε
 * computed against the working data (timed apart, not part of the reduction's cost), and its file written when an
 * output is planned. FES trains the default network through {@link TrainingForgettingHook}.
 *
 * @param input  the data
 * @param norm   the norm of ε
 * @param meter  the meter of every reduction
 * @param output where files go, or null for none
 */
record ReductionBatch(ReduceInput input, Norm norm, EnergyMeter meter, ReducedCsv output) {

    /**
     * Runs {@code methods} × {@code keeps}.
     *
     * @param params the parameters of the single method given, or empty
     */
    List<ReductionRun> run(List<ReductionMethod> methods, double[] keeps, Map<String, String> params, long seed,
                           ReduceProgress progress) throws IOException {
        List<ReductionRun> runs = new ArrayList<>();
        for (ReductionMethod method : methods) {
            Reducer reducer = method == ReductionMethod.FES
                    ? method.create(params, new TrainingForgettingHook(meter,
                    progress.training(FesParams.fromMap(params).epochs())))
                    : method.create(params, progress.work());
            for (double keep : keeps) {
                progress.starting(method, keep);
                Reduction reduction = reducer.reduce(input.working(), keep, seed, meter);
                long start = System.nanoTime();
                EpsilonResult epsilon = EpsilonRepresentativeness.compute(input.working(), reduction.data(), norm);
                double epsilonSeconds = (System.nanoTime() - start) / 1e9;
                Path written = output == null ? null : output.write(input, reduction);
                runs.add(ReductionRun.of(reduction, epsilon, epsilonSeconds, written, notes(method, params)));
                progress.finished();
            }
        }
        return runs;
    }

    /** The command's notes on how it ran {@code method}. */
    private List<String> notes(ReductionMethod method, Map<String, String> params) {
        if (method != ReductionMethod.FES) {
            return List.of();
        }
        int epochs = FesParams.fromMap(params).epochs();
        List<String> notes = new ArrayList<>();
        notes.add("fes: the time and energy include training " + TrainingForgettingHook.modelFor(input.working())
                .canonical() + " for " + epochs + " epochs on all " + input.working().rows() + " rows (batch "
                + TrainingForgettingHook.configFor(input.working(), epochs, 0).batchSize()
                + "), with a counting pass after each");
        if (input.scaler() == null && input.working().imageShape() == null) {
            notes.add("fes: the network trained on the features as given; --scale minmax (the paper's protocol) "
                    + "usually trains it better");
        }
        return notes;
    }
}
