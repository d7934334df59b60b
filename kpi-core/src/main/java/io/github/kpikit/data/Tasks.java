package io.github.kpikit.data;

import java.util.ArrayList;
import java.util.List;
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
}
