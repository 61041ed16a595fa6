package org.greentrain.tune.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * A storage that lives in this process only: for tests and throw-away studies. Same semantics as the relational
 * storages, each method atomic under one lock; nothing survives the process.
 */
public final class InMemoryStorage implements Storage {

    private static final class MutableTrial {
        final int number;
        TrialState state = TrialState.RUNNING;
        Params params = new Params(Map.of());
        double[] values = new double[0];
        final TreeMap<Long, Intermediate> intermediates = new TreeMap<>();
        TrialEnergy energy;
        final Instant startedAt;
        Instant completedAt;
        Instant heartbeatAt;
        final Map<String, String> attrs = new TreeMap<>();

        MutableTrial(int number, Instant startedAt, Instant heartbeatAt) {
            this.number = number;
            this.startedAt = startedAt;
            this.heartbeatAt = heartbeatAt;
        }

        FrozenTrial freeze() {
            return new FrozenTrial(number, state, params, values.clone(), new ArrayList<>(intermediates.values()),
                    energy, startedAt, completedAt, heartbeatAt, attrs);
        }
    }

    private static final class MutableStudy {
        final StudyRecord record;
        final Map<String, String> attrs = new TreeMap<>();
        final TreeMap<Integer, MutableTrial> trials = new TreeMap<>();
        int next;

        MutableStudy(StudyRecord record) {
            this.record = record;
        }

        StudyRecord freeze() {
            return new StudyRecord(record.id(), record.name(), record.space(), record.goals(), record.createdAt(),
                    attrs);
        }
    }

    private final Map<String, MutableStudy> byName = new LinkedHashMap<>();
    private final Map<Long, MutableStudy> byId = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized StudyRecord createStudy(String name, String space, String goals, Instant now) {
        if (byName.containsKey(name)) {
            throw new StudyExistsException("study '" + name + "' already exists in memory:");
        }
        MutableStudy s = new MutableStudy(new StudyRecord(nextId++, name, space, goals, now, Map.of()));
        byName.put(name, s);
        byId.put(s.record.id(), s);
        return s.freeze();
    }

    @Override
    public synchronized Optional<StudyRecord> findStudy(String name) {
        return Optional.ofNullable(byName.get(name)).map(MutableStudy::freeze);
    }

    @Override
    public synchronized List<StudyRecord> studies() {
        return byName.values().stream().map(MutableStudy::freeze)
                .sorted(java.util.Comparator.comparing(StudyRecord::name)).toList();
    }

    @Override
    public synchronized boolean deleteStudy(String name) {
        MutableStudy s = byName.remove(name);
        if (s != null) {
            byId.remove(s.record.id());
        }
        return s != null;
    }

    @Override
    public synchronized void setStudyAttr(long studyId, String key, String value) {
        study(studyId).attrs.put(key, value);
    }

    @Override
    public synchronized int createTrial(long studyId, Instant now, Instant heartbeat) {
        MutableStudy s = study(studyId);
        int number = s.next++;
        s.trials.put(number, new MutableTrial(number, now, heartbeat));
        return number;
    }

    @Override
    public synchronized void setParams(long studyId, int number, Params params) {
        running(studyId, number).params = params;
    }

    @Override
    public synchronized void addIntermediate(long studyId, int number, Intermediate intermediate) {
        running(studyId, number).intermediates.put(intermediate.step(), intermediate);
    }

    @Override
    public synchronized void heartbeat(long studyId, int number, Instant now) {
        MutableTrial t = trialOf(studyId, number);
        if (t.state == TrialState.RUNNING) {
            t.heartbeatAt = now;
        }
    }

    @Override
    public synchronized boolean finishTrial(long studyId, int number, TrialState state, double[] values,
                                            TrialEnergy energy, Map<String, String> attrs, Instant now) {
        MutableTrial t = trialOf(studyId, number);
        if (t.state != TrialState.RUNNING) {
            return false;
        }
        t.state = state;
        t.values = values.clone();
        t.energy = energy;
        t.completedAt = now;
        t.attrs.putAll(attrs);
        return true;
    }

    @Override
    public synchronized void setTrialAttr(long studyId, int number, String key, String value) {
        trialOf(studyId, number).attrs.put(key, value);
    }

    @Override
    public synchronized void deleteUnstartedTrial(long studyId, int number) {
        MutableTrial t = trialOf(studyId, number);
        if (!t.params.isEmpty()) {
            throw new IllegalStateException("trial " + number + " already has parameters");
        }
        study(studyId).trials.remove(number);
    }

    @Override
    public synchronized List<FrozenTrial> trials(long studyId) {
        return study(studyId).trials.values().stream().map(MutableTrial::freeze).toList();
    }

    @Override
    public synchronized Optional<FrozenTrial> trial(long studyId, int number) {
        return Optional.ofNullable(study(studyId).trials.get(number)).map(MutableTrial::freeze);
    }

    @Override
    public synchronized List<Integer> failStaleTrials(long studyId, Instant staleBefore, Instant now) {
        List<Integer> stale = new ArrayList<>();
        for (MutableTrial t : study(studyId).trials.values()) {
            if (t.state == TrialState.RUNNING && t.heartbeatAt != null && t.heartbeatAt.isBefore(staleBefore)) {
                t.state = TrialState.FAIL;
                t.completedAt = now;
                t.attrs.put(FrozenTrial.FAIL_REASON, "stale: no heartbeat since before " + staleBefore
                        + " (worker died?)");
                stale.add(t.number);
            }
        }
        return stale;
    }

    @Override
    public String describe() {
        return "memory:";
    }

    @Override
    public void close() {
        // nothing to release
    }

    private MutableStudy study(long id) {
        MutableStudy s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no study with id " + id + " in memory:");
        }
        return s;
    }

    private MutableTrial trialOf(long studyId, int number) {
        MutableTrial t = study(studyId).trials.get(number);
        if (t == null) {
            throw new IllegalArgumentException("no trial " + number + " in this study");
        }
        return t;
    }

    private MutableTrial running(long studyId, int number) {
        MutableTrial t = trialOf(studyId, number);
        if (t.state != TrialState.RUNNING) {
            throw new IllegalArgumentException("trial " + number + " is " + t.state + ", not RUNNING");
        }
        return t;
    }
}
