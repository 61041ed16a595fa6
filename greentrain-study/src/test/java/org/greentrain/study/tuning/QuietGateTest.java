package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietGateTest {

    @Test
    void withoutAWaitTheGateNeverProbes() {
        List<Double> busy = new ArrayList<>();
        long start = System.nanoTime();

        new QuietGate(TuningFixtures.meter(), Duration.ZERO).await(busy::add);

        assertThat(busy).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofMillis(500).toNanos());
    }

    @Test
    void aShortWaitProbesOnceAndReportsOnlyLoadAboveTheQuietShare() {
        List<Double> busy = new ArrayList<>();
        long start = System.nanoTime();

        new QuietGate(TuningFixtures.meter(), Duration.ofMillis(1)).await(busy::add);

        assertThat(System.nanoTime() - start).isBetween(Duration.ofMillis(900).toNanos(), Duration.ofSeconds(3)
                .toNanos());
        assertThat(busy).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(share -> assertThat(share).isGreaterThan(QuietGate.QUIET_SHARE).isLessThanOrEqualTo(1.0));
        assertThatThrownBy(() -> new QuietGate(TuningFixtures.meter(), Duration.ofSeconds(-1)))
                .hasMessageContaining("must be >= 0");
    }
}
