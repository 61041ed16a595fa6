package org.greentrain.train.profile;

import org.greentrain.train.trainer.StepStage;

/**
 * How a {@link StepStage} boundary is written into an operator trace. PyTorch's profiler records only operators, so
 * at each boundary the profiled training loop runs one tiny in-place operator, {@code aten::mul_} by one, on a tensor
 * whose shape no network layer produces: rank 8, seven leading 1s, then the stage's code (101 to 107). The recorded
 * input shapes then say exactly where each part of every step begins, without guessing from the order of operators.
 * The codes are fixed here, independent of the enum's order, so traces recorded earlier stay readable.
 */
public final class StageMarker {

    /** The operator a marker runs. */
    public static final String OPERATOR = "aten::mul_";

    /** The rank of a marker tensor. */
    static final int RANK = 8;

    private static final StepStage[] BY_CODE = {StepStage.DATA, StepStage.FORWARD, StepStage.LOSS,
        StepStage.BACKWARD, StepStage.RECORD, StepStage.UPDATE, StepStage.CHECK};
    private static final int FIRST_CODE = 101;

    private StageMarker() {
    }

    /** The code of {@code stage}, the last dimension of its marker tensor. */
    static int code(StepStage stage) {
        for (int i = 0; i < BY_CODE.length; i++) {
            if (BY_CODE[i] == stage) {
                return FIRST_CODE + i;
            }
        }
        throw new IllegalArgumentException("no marker code for step stage " + stage);
    }

    /** The shape of the marker tensor of {@code stage}. */
    static long[] shape(StepStage stage) {
        long[] shape = new long[RANK];
        java.util.Arrays.fill(shape, 1);
        shape[RANK - 1] = code(stage);
        return shape;
    }

    /**
     * The stage an event marks, or null when it is not a marker.
     *
     * @param operator   the event's operator name
     * @param firstInput the dimensions of its first input, of which the first {@code rank} are valid
     * @param rank       the rank of its first input, or -1 when unknown
     */
    static StepStage decode(String operator, long[] firstInput, int rank) {
        if (rank != RANK || !OPERATOR.equals(operator)) {
            return null;
        }
        for (int i = 0; i < RANK - 1; i++) {
            if (firstInput[i] != 1) {
                return null;
            }
        }
        long code = firstInput[RANK - 1] - FIRST_CODE;
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }
}
