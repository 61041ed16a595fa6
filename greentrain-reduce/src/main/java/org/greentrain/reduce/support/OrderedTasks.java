package org.greentrain.reduce.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on one thread per core, each started in list order as soon as a thread is free. Given the
 * largest tasks first, that is longest-processing-time-first scheduling, which finishes within 4/3 of the best
 * possible time. A parallel stream cannot promise this: it cuts the range into chunks of several tasks that one thread
 * runs back to back, so on two cores a chunk holding the largest tasks can take most of the wall clock alone.
 */
public final class OrderedTasks {

    private OrderedTasks() {
    }

    /**
     * The results of {@code tasks}, in list order.
     *
     * @throws RuntimeException the first failure of a task, in list order, as thrown by it
     */
    public static <T> List<T> run(List<? extends Callable<T>> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                out.add(call(task));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "greentrain-reduce-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> future : futures) {
                out.add(result(future));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }
}
