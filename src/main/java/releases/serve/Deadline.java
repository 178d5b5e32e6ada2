package releases.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs index work for requests on a bounded pool, and stops waiting for work that outlasts the timeout: the client
 * gets a 503 at once, and a backlog past the queue is refused rather than left to grow.
 */
final class Deadline implements AutoCloseable {

  private final Duration timeout;
  private final ThreadPoolExecutor pool;

  Deadline(Duration timeout, int threads) {
    this.timeout = timeout;
    this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(256), r -> {
      Thread t = new Thread(r, "serve-work");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts {@code work} on the pool; a full queue is a 503. */
  <T> Future<T> submit(Callable<T> work) {
    try {
      return pool.submit(work);
    } catch (RejectedExecutionException e) {
      throw new HttpError(503, "the server is busy; try again in a moment");
    }
  }

  <T> T run(Callable<T> work) throws IOException {
    return await(submit(work));
  }

  /**
   * The work's answer, or a 503 once the timeout has passed. The work itself is not interrupted (an interrupt can
   * close a file channel under the index reader every request shares); it ends on its own.
   */
  <T> T await(Future<T> f) throws IOException {
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new HttpError(503, "the search took longer than " + timeout.toMillis() / 1000.0
          + " s; make the query more specific (fewer wildcards, a narrower date range)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
