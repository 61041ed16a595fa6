package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.InMemoryStorage;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import org.junit.jupiter.api.Test;

class GridSamplerTest {

    @Test
    void paperLevelsExcludeTheUpperBound() {
        SearchSpace s = SearchSpace.parse("lr=1e-5..0.1,beta1=0.1..1,wd=0..0.1");
        GridSampler g = new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, 1, true);
        List<Object> lr = g.levels(s.param("lr").orElseThrow());
        assertThat(lr).hasSize(5);
        double[] expected = {1e-5, 0.020008, 0.040006, 0.060004, 0.080002};
        for (int i = 0; i < 5; i++) {
            assertThat((Double) lr.get(i)).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-12));
        }
        List<Object> beta1 = g.levels(s.param("beta1").orElseThrow());
        double[] b = {0.1, 0.28, 0.46, 0.64, 0.82};
        for (int i = 0; i < 5; i++) {
            assertThat((Double) beta1.get(i)).isCloseTo(b[i], org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(g.size(s)).isEqualTo(125);
    }

    @Test
    void inclusiveLevelsHitBothBoundsAndLogLevelsAreGeometric() {
        GridSampler g = new GridSampler(3, GridSampler.Mode.INCLUSIVE, 1, true);
        SearchSpace s = SearchSpace.parse("x=0..1,lr=1e-4..1e-2:log,n=1..3:int,big=0..100:int,c=a|b|c");
        assertThat(g.levels(s.param("x").orElseThrow())).containsExactly(0.0, 0.5, 1.0);
        List<Object> lr = g.levels(s.param("lr").orElseThrow());
        assertThat((Double) lr.get(1)).isCloseTo(1e-3, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(g.levels(s.param("n").orElseThrow())).containsExactly(1L, 2L, 3L);
        assertThat(g.levels(s.param("big").orElseThrow())).containsExactly(0L, 50L, 100L);
        assertThat(g.levels(s.param("c").orElseThrow())).containsExactly("a", "b", "c");
        GridSampler paper = new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, 1, true);
        assertThat(paper.levels(s.param("n").orElseThrow())).containsExactly(1L, 2L);
    }

    @Test
    void enumeratesTheCartesianProductExactlyOnceThenStops() {
        SearchSpace space = SearchSpace.parse("x=0..1,n=1..2:int,c=a|b");
        Study study = Study.create(new InMemoryStorage(), "g", space, Goal.single(Direction.MINIMIZE),
                new GridSampler(3, GridSampler.Mode.INCLUSIVE, 7, true), Pruner.none());
        Set<Params> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            Trial t = study.ask();
            assertThat(seen.add(t.params())).as("point %s repeated", t.params()).isTrue();
            study.tell(t.number(), 0.0);
        }
        assertThatThrownBy(study::ask).isInstanceOf(SpaceExhaustedException.class)
                .hasMessageContaining("all 12 points");
        assertThat(study.trials()).hasSize(12);
    }

    @Test
    void conditionalParametersAddNoDuplicatePoints() {
        SearchSpace space = SearchSpace.parse("opt=adam|sgd,momentum[opt=sgd]=0..1");
        GridSampler g = new GridSampler(3, GridSampler.Mode.INCLUSIVE, 1, true);
        assertThat(g.size(space)).isEqualTo(4);
    }

    @Test
    void paperGridSamples64DistinctOfThe3125Points() {
        SearchSpace space = SearchSpace.parse("lr=1e-5..0.1,beta1=0.1..1,beta2=0.8..1,eps=1e-9..1e-7,wd=0..0.1");
        GridSampler g = new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, 42, true);
        assertThat(g.size(space)).isEqualTo(3125);
        Study study = Study.create(new InMemoryStorage(), "paper", space, Goal.single(Direction.MAXIMIZE), g,
                Pruner.none());
        Set<Params> seen = new HashSet<>();
        List<Double> firstLr = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Trial t = study.ask();
            seen.add(t.params());
            firstLr.add(t.getDouble("lr"));
            study.tell(t.number(), 0.5);
        }
        assertThat(seen).hasSize(64);
        assertThat(firstLr).allMatch(v -> v < 0.1);
        Study again = Study.create(new InMemoryStorage(), "paper", space, Goal.single(Direction.MAXIMIZE),
                new GridSampler(5, GridSampler.Mode.UPPER_EXCLUDED, 42, true), Pruner.none());
        assertThat(again.ask().getDouble("lr")).isEqualTo(firstLr.get(0));
    }

    @Test
    void concurrentAsksBeforeParamsAreChosenGetDifferentPoints() {
        SearchSpace space = SearchSpace.parse("c=a|b|c");
        GridSampler g = new GridSampler(1);
        InMemoryStorage storage = new InMemoryStorage();
        Study study = Study.create(storage, "p", space, Goal.single(Direction.MINIMIZE), g, Pruner.none());
        int first = storage.createTrial(study.id(), java.time.Instant.now(), null);
        int second = storage.createTrial(study.id(), java.time.Instant.now(), null);
        Params p1 = g.sample(new SamplingContext(space, study.goals(), storage.trials(study.id()), first));
        Params p2 = g.sample(new SamplingContext(space, study.goals(), storage.trials(study.id()), second));
        assertThat(p1).isNotEqualTo(p2);
        storage.setParams(study.id(), first, p1);
        assertThat(g.sample(new SamplingContext(space, study.goals(), storage.trials(study.id()), second)))
                .isEqualTo(p2);
    }
}
