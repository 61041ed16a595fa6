package org.greentrain.train.trainer;

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
 */
public record ReductionSummary(String method, Map<String, String> parameters, double keepFraction, int rowsBefore,
                               int rowsAfter, List<String> notes, Measurement cost) {

    public ReductionSummary {
        parameters = Map.copyOf(parameters);
        notes = List.copyOf(notes);
    }
}
