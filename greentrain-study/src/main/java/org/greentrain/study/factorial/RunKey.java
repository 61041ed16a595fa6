package org.greentrain.study.factorial;

/**
 * One run of an ablation: a cell, a hyperparameter set and a repetition. Runs of the same set and repetition in
 * different cells share their seed, so every cell sees the same initial-weight and batch-order streams (paired).
 *
 * @param order      position in the design's execution order, from 0
 * @param cell       the architecture
 * @param hyper      index of the hyperparameter set
 * @param repetition index of the repetition
 * @param seed       seed of the initial weights and of the batch order
 */
public record RunKey(int order, Cell cell, int hyper, int repetition, long seed) {

    /** The run as {@code conv=1,linear=3,relu=off h0 r1}, for progress and messages. */
    public String describe() {
        return cell.label() + " h" + hyper + " r" + repetition;
    }
}
