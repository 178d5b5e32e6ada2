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
 * Runs index work for requests on a bounded pool, and gives up on a request whose work outlasts the timeout: the
 * client gets a 503 at once, and a backlog past the queue is refused rather than left to grow.
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

  <T> T run(Callable<T> work) throws IOException {
    Future<T> f;
    try {
      f = pool.submit(work);
    } catch (RejectedExecutionException e) {
      throw new HttpError(503, "the server is busy; try again in a moment");
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // Not interrupted: an interrupt can close a file channel under an index reader shared by every request.
      f.cancel(false);
      throw new HttpError(503, "the search took longer than " + timeout.toMillis() / 1000.0
          + " s and was stopped; make the query more specific (fewer wildcards, a narrower date range)");
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
