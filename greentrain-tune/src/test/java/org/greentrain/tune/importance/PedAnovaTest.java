package org.greentrain.tune.importance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

class PedAnovaTest {

    private static final SearchSpace SPACE = SearchSpace.parse(
            "lr=1e-5..1e-1:log,layers=1..6:int,opt=adam|sgd,momentum[opt=sgd]=0.5..0.99,noise=0..1");

    /** Random points of the space; each trial's loss and joules come from the functions given. */
    private static List<FrozenTrial> trials(int count, ToDoubleFunction<Params> loss, ToDoubleFunction<Params> joules) {
        Random rng = new Random(4);
        List<FrozenTrial> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Params p = SPACE.sample(rng::nextDouble);
            TrialEnergy energy = TrialEnergy.reported(joules.applyAsDouble(p), "test", 1);
            out.add(new FrozenTrial(i, TrialState.COMPLETE, p, new double[] {loss.applyAsDouble(p)}, List.of(),
                    energy, Instant.EPOCH, Instant.EPOCH, null, Map.of()));
        }
        return out;
    }

    private static Map<String, ParamImportance> byName(List<ParamImportance> list) {
        Map<String, ParamImportance> out = new HashMap<>();
        list.forEach(p -> out.put(p.name(), p));
        return out;
    }

    @Test
    void theParameterThatDrivesTheRankingGetsMostOfTheImportance() {
        // the loss depends on the learning rate only (best near 1e-3 on the log scale), the joules on the layers only
        List<FrozenTrial> t = trials(200, p -> Math.pow(Math.log10(p.getDouble("lr")) + 3, 2),
                p -> 10 * p.getLong("layers"));

        List<ParamImportance> forLoss = PedAnova.evaluate(SPACE, t, FrozenTrial::value, 0.1);
        assertThat(forLoss.get(0).name()).isEqualTo("lr");
        assertThat(forLoss.get(0).share()).isGreaterThan(0.7);
        assertThat(forLoss.stream().mapToDouble(ParamImportance::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(byName(forLoss).get("lr").topTrials()).isEqualTo(20);

        List<ParamImportance> forEnergy = PedAnova.evaluate(SPACE, t, x -> x.energy().joules(), 0.1);
        assertThat(forEnergy.get(0).name()).isEqualTo("layers");
        assertThat(forEnergy.get(0).share()).isGreaterThan(0.7);
    }

    @Test
    void aCategoricalChoiceIsMeasuredByItsFrequencies() {
        List<FrozenTrial> t = trials(120, p -> p.getString("opt").equals("adam") ? 0 : 1, p -> 1);
        Map<String, ParamImportance> r = byName(PedAnova.evaluate(SPACE, t, FrozenTrial::value, 0.2));
        assertThat(r.get("opt").share()).isGreaterThan(0.5);
        // the conditional momentum is set only where opt = sgd, and is measured over those trials alone
        assertThat(r.get("momentum").trials()).isLessThan(120).isGreaterThan(30);
    }

    @Test
    void aRankingThatIgnoresEveryParameterGivesSmallEvenDivergences() {
        Random noise = new Random(9);
        List<FrozenTrial> t = trials(400, p -> noise.nextDouble(), p -> 1);
        for (ParamImportance p : PedAnova.evaluate(SPACE, t, FrozenTrial::value, 0.1)) {
            assertThat(p.divergence()).as(p.name()).isLessThan(0.5);
        }
    }

    @Test
    void tooFewTrialsAreRefusedAndAParameterSetTooRarelyIsNotMeasured() {
        List<FrozenTrial> few = trials(4, p -> 1, p -> 1);
        assertThatThrownBy(() -> PedAnova.evaluate(SPACE, few, FrozenTrial::value, 0.1))
                .hasMessage("importance needs at least 5 finished trials with a value, got 4");
        assertThatThrownBy(() -> PedAnova.evaluate(SPACE, few, FrozenTrial::value, 1.0))
                .hasMessageContaining("top fraction must be in (0, 1)");
        // six trials, two of them with sgd and so with a momentum: too few to measure the momentum
        List<Params> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> values = new HashMap<>(Map.of("lr", 1e-3 * (i + 1), "layers", (long) (i % 6 + 1),
                    "noise", i / 6.0, "opt", i < 2 ? "sgd" : "adam"));
            if (i < 2) {
                values.put("momentum", 0.6 + 0.1 * i);
            }
            points.add(new Params(values));
        }
        Map<String, ParamImportance> r = byName(PedAnova.evaluate(SPACE, points, new double[] {6, 5, 4, 3, 2, 1},
                0.1));
        assertThat(r.get("momentum").trials()).isEqualTo(2);
        assertThat(r.get("momentum").divergence()).isNaN();
        assertThat(r.get("momentum").share()).isNaN();
        assertThat(r.get("lr").trials()).isEqualTo(6);
        assertThat(r.get("lr").divergence()).isPositive();
        assertThatThrownBy(() -> PedAnova.evaluate(SPACE, points, new double[] {1, 2}, 0.1))
                .hasMessage("6 points but 2 ranks");
    }
}
