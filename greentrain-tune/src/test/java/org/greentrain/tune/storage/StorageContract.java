package org.greentrain.tune.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** Behaviour every relational storage must show; subclasses say how to open one. */
abstract class StorageContract {

    /** A URL to a fresh, empty database (or schema). */
    abstract String freshUrl() throws Exception;

    /** A URL to the same database as {@code url} (what another process would open). */
    String sameDatabase(String url) {
        return url;
    }

    @Test
    void roundTripsEverythingAboutATrial() throws Exception {
        String url = freshUrl();
        SearchSpace space = SearchSpace.parse("lr=1e-5..0.1:log,n=1..4:int,opt=adam|sgd,m[opt=sgd]=0..1");
        int number;
        try (Storage storage = Storages.open(url)) {
            Study s = Study.create(storage, "round-trip", space, Goal.parseAll("acc:max,energy:min"),
                    new RandomSampler(1), Pruner.none());
            Trial t = s.ask(new Params(Map.of("lr", 1.2345678901234e-4, "n", 3L, "opt", "sgd", "m", 0.9)));
            number = t.number();
            t.report(0, 0.5, 12.5);
            t.report(1, 0.75, Double.NaN);
            t.report(1, 0.8, 30.25);
            t.setAttr("host", "node-1");
            s.tell(number, new double[] {0.8}, new TrialEnergy(40.5, 30.0, 55.0, "rapl-package+ram-estimate", 3.5,
                    0.002));
            Trial failed = s.ask();
            s.tellFailed(failed.number(), "CUDA out of memory", null);
        }
        try (Storage storage = Storages.open(sameDatabase(url))) {
            Study s = Study.load(storage, "round-trip", new RandomSampler(1), Pruner.none());
            assertThat(s.space()).isEqualTo(space);
            FrozenTrial t = s.trial(number);
            assertThat(t.state()).isEqualTo(TrialState.COMPLETE);
            assertThat(t.params().asMap()).isEqualTo(Map.of("lr", 1.2345678901234e-4, "n", 3L, "opt", "sgd",
                    "m", 0.9));
            assertThat(t.values()).containsExactly(0.8, 40.5);
            assertThat(t.intermediates()).containsExactly(new Intermediate(0, 0.5, 12.5),
                    new Intermediate(1, 0.8, 30.25));
            assertThat(t.energy()).isEqualTo(new TrialEnergy(40.5, 30.0, 55.0, "rapl-package+ram-estimate", 3.5,
                    0.002));
            assertThat(t.attrs()).containsEntry("host", "node-1");
            assertThat(t.startedAt()).isBeforeOrEqualTo(t.completedAt());
            assertThat(s.trial(1).failReason()).contains("CUDA out of memory");
            assertThat(s.trial(1).energy()).isNull();
            assertThat(storage.findStudy("round-trip").orElseThrow().attrs()).containsEntry("sampler",
                    "random(seed=1)");
            assertThat(s.ask().number()).as("numbers continue on resume").isEqualTo(2);
        }
    }

    @Test
    void aStudyGivenAnotherSpaceIsRefusedAndNothingIsWritten() throws Exception {
        try (Storage storage = Storages.open(freshUrl())) {
            unitStudy(storage, "s");
            assertThatThrownBy(() -> Study.createOrLoad(storage, "s", SearchSpace.parse("x=0..2"),
                    Goal.parseAll("min"), new RandomSampler(1), Pruner.none()))
                    .hasMessageContaining("'x=0.0..1.0'").hasMessageContaining("'x=0.0..2.0'");
            assertThatThrownBy(() -> unitStudy(storage, "s")).hasMessageContaining("already exists");
            assertThat(storage.studies()).hasSize(1);
            assertThat(storage.trials(storage.findStudy("s").orElseThrow().id())).isEmpty();
            assertThat(storage.deleteStudy("s")).isTrue();
            assertThat(storage.studies()).isEmpty();
        }
    }

    @Test
    void staleRunningTrialsAreFailedWhenTheStudyResumes() throws Exception {
        String url = freshUrl();
        try (Storage storage = Storages.open(url)) {
            Study s = unitStudy(storage, "stale");
            int dead = staleTrial(storage, s);
            Trial external = s.ask();
            Study resumed = Study.load(storage, "stale", new RandomSampler(1), Pruner.none());
            assertThat(resumed.trial(dead).state()).isEqualTo(TrialState.FAIL);
            assertThat(resumed.trial(dead).failReason().orElseThrow()).contains("no heartbeat");
            assertThat(resumed.trial(external.number()).state()).isEqualTo(TrialState.RUNNING);
        }
    }

    /** A new study of x in [0, 1], minimised, sampled at random. */
    static Study unitStudy(Storage storage, String name) {
        return Study.create(storage, name, SearchSpace.parse("x=0..1"), Goal.parseAll("min"), new RandomSampler(1),
                Pruner.none());
    }

    /** A RUNNING trial of {@code s} (space x=0..1) whose last heartbeat was 10 minutes ago. */
    static int staleTrial(Storage storage, Study s) {
        Instant old = Instant.now().minusSeconds(600);
        int number = storage.createTrial(s.id(), old, old);
        storage.setParams(s.id(), number, new Params(Map.of("x", 0.5)));
        return number;
    }

    @Test
    void threadsWithSeparateConnectionsNeverShareATrialNumber() throws Exception {
        String url = freshUrl();
        try (Storage storage = Storages.open(url)) {
            unitStudy(storage, "threads");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            futures.add(pool.submit(() -> {
                List<Integer> mine = new ArrayList<>();
                try (Storage storage = Storages.open(sameDatabase(url))) {
                    Study s = Study.load(storage, "threads", new RandomSampler(ProcessHandle.current().pid()),
                            Pruner.none());
                    for (int i = 0; i < 15; i++) {
                        Trial t = s.ask();
                        mine.add(t.number());
                        s.tell(t.number(), t.getDouble("x"));
                    }
                }
                return mine;
            }));
        }
        Set<Integer> all = new HashSet<>();
        for (Future<List<Integer>> f : futures) {
            for (int n : f.get(120, TimeUnit.SECONDS)) {
                assertThat(all.add(n)).as("trial number %d handed out twice", n).isTrue();
            }
        }
        pool.shutdown();
        assertThat(all).hasSize(60);
    }

    @Test
    void processesSharingOneDatabaseNeverShareATrialNumber() throws Exception {
        String url = freshUrl();
        List<Process> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            workers.add(worker(url, "procs", 12, 5));
        }
        for (Process p : workers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isEqualTo(0);
        }
        try (Storage storage = Storages.open(sameDatabase(url))) {
            Study s = Study.load(storage, "procs", new RandomSampler(1), Pruner.none());
            List<FrozenTrial> trials = s.trials();
            assertThat(trials).hasSize(36);
            assertThat(trials).extracting(FrozenTrial::number).doesNotHaveDuplicates();
            assertThat(trials).allMatch(FrozenTrial::isComplete);
        }
    }

    @Test
    void killMinus9LosesNoFinishedTrialAndTheOrphanIsFailedOnResume() throws Exception {
        String url = freshUrl();
        Process p = worker(url, "killed", 1000, 150);
        int finished = 0;
        boolean justStarted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Storage storage = Storages.open(sameDatabase(url))) {
            // kill while a trial runs with most of its 150 ms ahead, so there is an orphan to fail
            while (!(finished >= 3 && justStarted) && System.nanoTime() < deadline) {
                Thread.sleep(finished < 3 ? 100 : 5);
                var study = storage.findStudy("killed");
                if (study.isPresent()) {
                    List<FrozenTrial> trials = storage.trials(study.get().id());
                    finished = (int) trials.stream().filter(FrozenTrial::isComplete).count();
                    Instant recent = Instant.now().minusMillis(50);
                    justStarted = trials.stream().anyMatch(t -> t.state() == TrialState.RUNNING
                            && t.startedAt().isAfter(recent));
                }
            }
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(finished).isGreaterThanOrEqualTo(3);
        assertThat(justStarted).as("a trial was running when the worker was killed").isTrue();
        try (Storage storage = Storages.open(sameDatabase(url))) {
            Study s = Study.load(storage, "killed", new RandomSampler(1), Pruner.none());
            long complete = s.trials().stream().filter(FrozenTrial::isComplete).count();
            assertThat(complete).isGreaterThanOrEqualTo(finished);
            List<FrozenTrial> running = s.trials().stream().filter(t -> t.state() == TrialState.RUNNING).toList();
            assertThat(running).hasSize(1);
            Thread.sleep(600);
            s.withStaleAfter(Duration.ofMillis(500));
            List<Integer> failed = s.failStaleTrials();
            assertThat(failed).hasSize(running.size());
            int next = s.ask().number();
            assertThat(next).isEqualTo(s.trials().size() - 1);
        }
    }

    private static Process worker(String url, String study, int trials, long sleepMs) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StorageWorkerMain.class.getName(), url, study, Integer.toString(trials), Long.toString(sleepMs))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
