package org.greentrain.study.reduction;

/** The trial attributes a reduction run stores beside its accuracy and its energy (reduction + training). */
final class RunAttrs {

    static final String MACRO_PRECISION = "macro_precision";
    static final String MACRO_RECALL = "macro_recall";
    static final String MACRO_F1 = "macro_f1";
    static final String EPSILON = "epsilon";
    static final String EPSILON_PER_CLASS = "epsilon_per_class";
    static final String TRAIN_ROWS = "train_rows";
    static final String TEST_ROWS = "test_rows";
    static final String KEPT_ROWS = "kept_rows";
    static final String REDUCE_SECONDS = "reduce_seconds";
    static final String REDUCE_JOULES = "reduce_joules";
    static final String TRAIN_SECONDS = "train_seconds";
    static final String TRAIN_JOULES = "train_joules";
    static final String PROCESS_SHARE = "process_share";
    static final String METHOD_PARAMETERS = "method_parameters";
    static final String NOTES = "notes";
    static final String SEED = "seed";

    private RunAttrs() {
    }
}
