package org.greentrain.study.tuning;

/** Progress callbacks of a {@link TuningRunner}, called on the thread running the study. */
public interface TuningListener {

    /** A listener that ignores everything. */
    TuningListener NONE = new TuningListener() {
    };

    /** Before the first round of this run: {@code done} of {@code total} rounds are stored already. */
    default void onStart(TuningDesign design, int done, int total) {
    }

    /** While the runner waits for a quiet machine before a round: other processes use {@code otherShare} of it. */
    default void onBusyMachine(double otherShare) {
    }

    /** Before a round trains. */
    default void onRoundStart(Strategy strategy, int search, int round) {
    }

    /** After a round is stored: {@code done} of {@code total} rounds are now finished. */
    default void onRoundFinished(Strategy strategy, int search, RoundRecord round, int done, int total) {
    }
}
