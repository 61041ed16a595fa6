package org.greentrain.tune.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;

/**
 * Where studies and their trials live, so that a study survives its process and several workers can share it. Every
 * method is one atomic step: a finished trial, once told, is durable. Trial numbers are allocated by the storage and
 * never handed out twice, even to concurrent processes. Implementations: {@link SqliteStorage} (embedded default),
 * {@link PostgresStorage} (shared between machines), {@link InMemoryStorage} (tests, throw-away studies). Open one from
 * a URL with {@link Storages#open(String)}.
 */
public interface Storage extends AutoCloseable {

    /**
     * Creates a study.
     *
     * @throws StudyExistsException when a study of that name exists
     */
    StudyRecord createStudy(String name, String space, String goals, Instant now);

    /** The study called {@code name}, if any. */
    Optional<StudyRecord> findStudy(String name);

    /** All studies, by name. */
    List<StudyRecord> studies();

    /** Deletes a study and its trials; false when there was none. */
    boolean deleteStudy(String name);

    /** Sets (or replaces) a study attribute. */
    void setStudyAttr(long studyId, String key, String value);

    /**
     * Allocates the next trial number of the study and records a RUNNING trial without parameters.
     *
     * @param heartbeat the first heartbeat, or null when the trial is not kept alive by heartbeats (plain ask/tell)
     */
    int createTrial(long studyId, Instant now, Instant heartbeat);

    /** Records the chosen parameters of a RUNNING trial. */
    void setParams(long studyId, int number, Params params);

    /** Records (or replaces) an intermediate value of a RUNNING trial. */
    void addIntermediate(long studyId, int number, Intermediate intermediate);

    /** Refreshes the heartbeat of a RUNNING trial. */
    void heartbeat(long studyId, int number, Instant now);

    /**
     * Ends a RUNNING trial in one transaction: state, values, energy and attributes together.
     *
     * @return false, writing nothing, when the trial was not RUNNING (already told, or failed as stale)
     */
    boolean finishTrial(long studyId, int number, TrialState state, double[] values, TrialEnergy energy,
                        Map<String, String> attrs, Instant now);

    /** Sets (or replaces) a trial attribute. */
    void setTrialAttr(long studyId, int number, String key, String value);

    /** Removes a RUNNING trial that never got parameters (its number is not reused). */
    void deleteUnstartedTrial(long studyId, int number);

    /** All trials of a study, by number. */
    List<FrozenTrial> trials(long studyId);

    /** One trial. */
    Optional<FrozenTrial> trial(long studyId, int number);

    /**
     * Marks FAIL every RUNNING trial whose heartbeat is older than {@code staleBefore} (trials without heartbeat are
     * left alone), with attribute {@code fail_reason}.
     *
     * @return the numbers of the trials failed
     */
    List<Integer> failStaleTrials(long studyId, Instant staleBefore, Instant now);

    /** Where the data lives, for messages, for example {@code sqlite:/home/me/study.db}. */
    String describe();

    @Override
    void close();
}
