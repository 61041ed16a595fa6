package org.greentrain.tune.storage;

import java.time.Duration;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.TpeSampler;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;

/**
 * A worker process for the multi-process tests: {@code URL STUDY TRIALS SLEEP_MS} runs TRIALS trials of a cheap
 * objective on the shared study, each sleeping SLEEP_MS, with a 100 ms heartbeat.
 */
public final class StorageWorkerMain {

    static final SearchSpace SPACE = SearchSpace.parse("x=-2..2,opt=adam|sgd");

    private StorageWorkerMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String study = args[1];
        int trials = Integer.parseInt(args[2]);
        long sleep = Long.parseLong(args[3]);
        try (Storage storage = Storages.open(url)) {
            Study s = Study.createOrLoad(storage, study, SPACE, Goal.parseAll("loss:min"),
                    new TpeSampler(ProcessHandle.current().pid()).withStartupTrials(3), Pruner.none());
            s.optimize(Objective.scalar(t -> {
                Thread.sleep(sleep);
                return t.getDouble("x") * t.getDouble("x");
            }), OptimizeOptions.trials(trials).withHeartbeatInterval(Duration.ofMillis(100)));
        }
    }
}
