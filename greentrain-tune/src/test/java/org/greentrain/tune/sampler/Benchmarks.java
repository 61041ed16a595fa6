package org.greentrain.tune.sampler;

import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;

/** Test functions and a helper that runs a study on them. */
final class Benchmarks {

    static final SearchSpace BRANIN_SPACE = SearchSpace.parse("x1=-5..10,x2=0..15");
    static final double BRANIN_MIN = 0.397887;

    private Benchmarks() {
    }

    static double branin(double x1, double x2) {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        return Math.pow(x2 - b * x1 * x1 + c * x1 - 6, 2) + 10 * (1 - t) * Math.cos(x1) + 10;
    }

    /** Best value found by {@code sampler} minimising {@code f} in {@code trials} trials. */
    static double best(SearchSpace space, Sampler sampler, Objective.Scalar f, int trials) {
        Study s = Study.create(new InMemoryStorage(), "bench", space, Goal.single(Direction.MINIMIZE), sampler,
                Pruner.none());
        s.optimize(Objective.scalar(f), OptimizeOptions.trials(trials));
        return s.bestTrial().map(FrozenTrial::value).orElseThrow();
    }

    static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
    }
}
