package org.greentrain.bench.tune;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.Nsga2Sampler;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.TpeSampler;
import org.greentrain.tune.sampler.gp.GpSampler;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;

/**
 * Two-objective tuning quality, the greentrain side of {@code bench/tune.sh ... multi}: for each sampler and seed one
 * study of {@code trials} trials on ZDT1 in 3 dimensions (Zitzler, Deb and Thiele 2000; both objectives minimised,
 * f1 = x1, g = 1 + 9 (x2 + x3) / 2, f2 = g (1 - sqrt(f1 / g)), x in [0, 1]^3), scored by the hypervolume of the
 * Pareto front with reference point (1.1, 11); the true front's hypervolume is 11.7667. Prints
 * {@code tune-mo side=greentrain sampler=S function=zdt1 seed=N trials=T hv=H seconds=T}.
 * {@code bench/python/tune_optuna.py} defines the same function and reference point.
 *
 * <p>Samplers, all with default settings: {@code bo} (GP-BO with ParEGO scalarisation), {@code tpe} (MOTPE's split
 * of good and bad trials by non-dominated rank and hypervolume contribution), {@code nsga2} (population 50) and
 * {@code random}.
 *
 * <p>Usage: {@code TuneMultiObjectiveBench [trials=50] [seeds=10]}.
 */
public final class TuneMultiObjectiveBench {

    /** The reference point of the hypervolume, in (f1, f2). */
    static final double[] REFERENCE = {1.1, 11};

    private record Named(String name, LongFunction<Sampler> make) {
    }

    private static final List<Named> SAMPLERS = List.of(new Named("bo", GpSampler::new),
            new Named("tpe", seed -> new TpeSampler(seed)), new Named("nsga2", seed -> new Nsga2Sampler(seed)),
            new Named("random", RandomSampler::new));

    private TuneMultiObjectiveBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        for (Named s : SAMPLERS) {
            for (int seed = 0; seed < seeds; seed++) {
                long start = System.nanoTime();
                double hv = zdt1Hypervolume(s.make().apply(seed), trials);
                System.out.printf(Locale.ROOT, "tune-mo side=greentrain sampler=%s function=zdt1 seed=%d trials=%d "
                        + "hv=%.9g seconds=%.3f%n", s.name(), seed, trials, hv, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** The hypervolume after one study of {@code trials} trials on ZDT1. */
    static double zdt1Hypervolume(Sampler sampler, int trials) {
        Study s = Study.create(new InMemoryStorage(), "zdt1", SearchSpace.parse("x1=0..1,x2=0..1,x3=0..1"),
                Goal.parseAll("f1:min,f2:min"), sampler, Pruner.none());
        s.optimize(t -> {
            double f1 = t.getDouble("x1");
            double g = 1 + 9 * (t.getDouble("x2") + t.getDouble("x3")) / 2;
            return new double[] {f1, g * (1 - Math.sqrt(f1 / g))};
        }, OptimizeOptions.trials(trials));
        return s.hypervolume(REFERENCE);
    }
}
