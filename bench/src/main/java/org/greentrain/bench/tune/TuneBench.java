package org.greentrain.bench.tune;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.Sampler;
import org.greentrain.tune.sampler.TpeSampler;
import org.greentrain.tune.sampler.gp.GpSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;

/**
 * Tuning quality and speed, the greentrain side of {@code bench/tune.sh}.
 *
 * <ul>
 *   <li>Quality: for each {@link TestFunction}, sampler and seed, one study of {@code trials} trials; prints
 *   {@code tune-run side=greentrain sampler=S function=F seed=N best=B regret=R seconds=T} (regret = best found
 *   minus the known minimum).</li>
 *   <li>Overhead: a study holding {@code history} finished trials at random points, then {@code calls} timed asks (each
 *   asked trial is told FAIL, which samplers ignore, so the history stays the same); prints
 *   {@code tune-overhead side=greentrain sampler=S function=F history=H calls=C ms_median=M ms_max=X}.</li>
 * </ul>
 * Samplers: {@code gp} (GP-BO with the default acquisition, log-EI) and {@code tpe}, both with default settings.
 * Studies live in memory and run without a meter, so only the optimiser is timed.
 *
 * <p>Usage: {@code TuneBench [trials=50] [seeds=20] [history=100] [calls=20]}.
 */
public final class TuneBench {

    private record Named(String name, LongFunction<Sampler> make) {
    }

    private static final List<Named> SAMPLERS = List.of(new Named("gp", GpSampler::new),
            new Named("tpe", seed -> new TpeSampler(seed)));

    private TuneBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int history = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        for (TestFunction f : TestFunction.ALL) {
            for (Named s : SAMPLERS) {
                for (int seed = 0; seed < seeds; seed++) {
                    long start = System.nanoTime();
                    double best = bestFound(f, s.make().apply(seed), trials);
                    System.out.printf(Locale.ROOT, "tune-run side=greentrain sampler=%s function=%s seed=%d "
                                    + "trials=%d best=%.9g regret=%.9g seconds=%.3f%n", s.name(), f.name(), seed,
                            trials, best, best - f.knownMinimum(), (System.nanoTime() - start) / 1e9);
                }
            }
        }
        for (TestFunction f : List.of(TestFunction.BRANIN, TestFunction.HARTMANN6)) {
            for (Named s : SAMPLERS) {
                double[] ms = askMillis(f, s.make().apply(0), history, calls);
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "tune-overhead side=greentrain sampler=%s function=%s history=%d "
                                + "calls=%d ms_median=%.3f ms_max=%.3f%n", s.name(), f.name(), history, calls,
                        median(ms), ms[ms.length - 1]);
            }
        }
    }

    private static Study study(TestFunction f, Sampler sampler) {
        return Study.create(new InMemoryStorage(), f.name(), f.searchSpace(), Goal.single(Direction.MINIMIZE),
                sampler, Pruner.none());
    }

    /** The best value found by one study of {@code trials} trials. */
    static double bestFound(TestFunction f, Sampler sampler, int trials) {
        Study s = study(f, sampler);
        s.optimize(Objective.scalar(f::at), OptimizeOptions.trials(trials));
        return s.bestTrial().map(FrozenTrial::value).orElseThrow();
    }

    /** Milliseconds of each of {@code calls} asks on a study holding {@code history} finished random trials. */
    static double[] askMillis(TestFunction f, Sampler sampler, int history, int calls) {
        Study s = study(f, sampler);
        SearchSpace space = f.searchSpace();
        SplittableRandom rng = new SplittableRandom(12345);
        for (int i = 0; i < history; i++) {
            Params p = space.sample(rng::nextDouble);
            Trial t = s.ask(p);
            s.tell(t.number(), f.at(t));
        }
        for (int warm = 0; warm < 3; warm++) {
            s.tellFailed(s.ask().number(), "warm-up", null);
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            Trial t = s.ask();
            ms[i] = (System.nanoTime() - start) / 1e6;
            s.tellFailed(t.number(), "timing only", null);
        }
        return ms;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
