package io.github.kpikit.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The tasks of one aggregation on an {@link Executor}: submits them, remembers them, and turns a
 * rejected task into a clear error once the tasks already submitted have ended, so that no task of
 * a failed aggregation still writes while the caller goes on.
 */
final class Tasks {

  /**
   * The default executor: one pool shared by every aggregation, of daemon threads created as needed
   * and ended after 60 idle seconds, so that no aggregation creates a pool of its own.
   */
  static final ExecutorService SHARED = sharedPool();

  private final Executor executor;
  private final List<Future<?>> submitted = new ArrayList<>();

  Tasks(Executor executor) {
    this.executor = executor;
  }

  private static ExecutorService sharedPool() {
    java.util.concurrent.ThreadPoolExecutor pool =
        new java.util.concurrent.ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new java.util.concurrent.SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "kpikit-aggregate");
              t.setDaemon(true);
              return t;
            });
    return Executors.unconfigurableExecutorService(pool);
  }

  /** Submits a task to the executor. */
  Future<?> submit(Runnable task) {
    FutureTask<Void> future = new FutureTask<>(task, null);
    try {
      executor.execute(future);
    } catch (RejectedExecutionException e) {
      for (Future<?> f : submitted) {
        try {
          f.get();
        } catch (Exception ignored) {
          // the aggregation fails anyway; its tasks only need to have ended
        }
      }
      throw new IllegalStateException(
          "executor: "
              + executor
              + " rejected a task of the aggregation, expected an executor that runs every task"
              + " it is given; no table was built",
          e);
    }
    submitted.add(future);
    return future;
  }

  /** Work on share {@code share} of a range: {@code from} inclusive to {@code to} exclusive. */
  @FunctionalInterface
  interface RangeTask {
    void run(int share, int from, int to);
  }

  /**
   * Runs a task on {@code threads} equal consecutive shares of {@code [0, n)}: the last on this
   * thread, the others on the pool (which may be null when {@code threads} is 1), and returns when
   * all are done.
   */
  static void inParallel(Tasks pool, int threads, int n, RangeTask task) {
    int[] bounds = new int[threads + 1];
    for (int t = 0; t <= threads; t++) {
      bounds[t] = (int) ((long) n * t / threads);
    }
    int shares = bounds.length - 1;
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < shares - 1; t++) {
      int share = t;
      futures.add(pool.submit(() -> task.run(share, bounds[share], bounds[share + 1])));
    }
    task.run(shares - 1, bounds[shares - 1], bounds[shares]);
    for (Future<?> f : futures) {
      await(f);
    }
  }

  /**
   * Waits for a task and rethrows what it threw: a runtime exception or error as it is, a checked
   * one wrapped in an {@link IllegalStateException}.
   */
  static void await(Future<?> f) {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while aggregating", e);
    }
  }
}
