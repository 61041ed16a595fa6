package org.greentrain.reduce.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class OrderedTasksTest {

    @Test
    void returnsResultsInListOrderWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int id = i;
            tasks.add(() -> {
                Thread.sleep(20 - id);
                return id * id;
            });
        }

        List<Integer> results = OrderedTasks.run(tasks);

        assertThat(results).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(results.get(i)).isEqualTo(i * i);
        }
    }

    @Test
    void rethrowsTheFailureOfATaskAsThrown() {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalArgumentException("bad class");
        }, () -> 3);

        assertThatThrownBy(() -> OrderedTasks.run(tasks)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad class");
        assertThat(OrderedTasks.run(List.<Callable<Integer>>of())).isEmpty();
    }
}
