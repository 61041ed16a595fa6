package org.greentrain.study.factorial;

/** The trial attributes an ablation run stores beside its accuracy and energy. */
final class RunAttrs {

    static final String CELL = "cell";
    static final String SPEC = "spec";
    static final String OPTIMIZER = "optimizer";
    static final String SEED = "seed";
    static final String MACRO_F1 = "macro_f1";
    static final String PARAMETERS = "parameter_count";
    static final String PROCESS_SHARE = "process_share";
    static final String RUN_ENERGY = "run_energy_joules";

    private RunAttrs() {
    }
}
