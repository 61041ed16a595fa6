package org.greentrain.train.trainer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import org.greentrain.energy.Measurement;

/**
 * How the training set was reduced and what the reduction cost. For forgetting events the cost is the pre-training
 * epochs (with their counting passes) plus the selection. Either way the cost is also inside the run's total.
 *
 * @param method       the reduction method, for example {@code srs} or {@code fes}
 * @param parameters   the method's effective parameters, as text
 * @param keepFraction fraction requested
 * @param rowsBefore   training rows before reduction
 * @param rowsAfter    training rows after reduction
 * @param notes        the method's warnings, for example a class that contributed no rows
 * @param cost         time and energy of the reduction
 * @param keptRows     for each training row after reduction, its row in the training set before reduction, or -1 for
 *                     a synthetic row (CLC centroids); lets a caller rebuild the reduced set, for example to measure
 *                     its epsilon-representativeness. Left out of JSON, where it would dwarf the rest.
 */
public record ReductionSummary(String method, Map<String, String> parameters, double keepFraction, int rowsBefore,
                               int rowsAfter, List<String> notes, Measurement cost, @JsonIgnore int[] keptRows) {

    public ReductionSummary {
        parameters = Map.copyOf(parameters);
        notes = List.copyOf(notes);
        keptRows = keptRows.clone();
        if (keptRows.length != rowsAfter) {
            throw new IllegalArgumentException(keptRows.length + " kept rows for " + rowsAfter
                    + " rows after reduction");
        }
    }

    /** A copy of the kept rows. */
    @Override
    @JsonIgnore
    public int[] keptRows() {
        return keptRows.clone();
    }
}
