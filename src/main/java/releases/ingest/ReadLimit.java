package releases.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import releases.UserException;

/**
 * The time one corpus file may take to be read and extracted. The work runs on a reader thread of its own; when the
 * limit passes, the caller gets a {@link ReadTimeout} at once and goes on, and the work is told to stop: it is
 * interrupted, its next {@link #check()} throws (PDFBox's text extraction checks at every content-stream operator,
 * a mailbox at every message, a web archive at every record) and a running tesseract is killed. Java cannot stop a
 * thread that does neither (a parser looping inside itself): that reader is left to end on its own, a daemon thread
 * that dies with the run at the latest, and the next file gets a new one.
 */
public final class ReadLimit {

  /** Seconds a file may take ({@code 2.5} allowed); {@code 0} for no limit. */
  public static final String PROPERTY = "releases.read.timeout";
  public static final Duration DEFAULT = Duration.ofSeconds(10);

  private static final ThreadLocal<Clock> CURRENT = new ThreadLocal<>();
  private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "read");
    t.setDaemon(true);
    return t;
  });

  private ReadLimit() {}

  /** The limit set by {@value #PROPERTY}, else {@link #DEFAULT}; {@link Duration#ZERO} means none. */
  public static Duration configured() {
    String value = System.getProperty(PROPERTY);
    return value == null || value.isBlank() ? DEFAULT : parse(value, "-D" + PROPERTY);
  }

  /** Seconds, as given to {@code --read-timeout} or {@value #PROPERTY}; {@code what} names it in the error. */
  public static Duration parse(String seconds, String what) {
    double s;
    try {
      s = Double.parseDouble(seconds.strip());
    } catch (NumberFormatException e) {
      s = Double.NaN;
    }
    if (!(s >= 0) || s > 1e9) {
      throw UserException.usage(what + " takes a number of seconds (0 for no limit), not '" + seconds + "'");
    }
    return Duration.ofNanos((long) (s * 1e9));
  }

  /** "10 s", "0.5 s", "0.000001 s". */
  static String describe(Duration limit) {
    return java.math.BigDecimal.valueOf(limit.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
  }

  /**
   * Runs {@code work} on a reader thread and returns its result, or throws {@link ReadTimeout} when it takes longer
   * than {@code limit}; what the work throws is thrown here. A zero limit runs it on this thread, unbounded.
   */
  public static <T> T run(Duration limit, Supplier<T> work) {
    if (limit.isZero()) {
      return work.get();
    }
    Clock clock = new Clock(limit);
    Future<T> future = READERS.submit(() -> {
      CURRENT.set(clock);
      try {
        return work.get();
      } finally {
        CURRENT.remove();
      }
    });
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      stop(clock, future);
      throw new ReadTimeout(limit);
    } catch (InterruptedException e) {
      stop(clock, future);
      Thread.currentThread().interrupt();
      throw new ReadTimeout(limit);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void stop(Clock clock, Future<?> future) {
    clock.expire();
    future.cancel(true);
  }

  /** Throws {@link ReadTimeout} when the file being read on this thread is out of time; cheap enough for a loop. */
  public static void check() {
    Clock clock = CURRENT.get();
    if (clock != null && clock.expired()) {
      throw new ReadTimeout(clock.limit);
    }
  }

  /**
   * Has {@code stop} run if this thread's file runs out of time before {@link #release} (a child process to kill).
   * Returns a handle for {@code release}, or null when nothing is timed.
   */
  static Object onExpiry(Runnable stop) {
    Clock clock = CURRENT.get();
    return clock == null ? null : clock.add(stop);
  }

  static void release(Object handle) {
    Clock clock = CURRENT.get();
    if (clock != null && handle != null) {
      clock.remove(handle);
    }
  }

  /** One file's deadline, and what to do when it passes. */
  private static final class Clock {
    final Duration limit;
    final long deadline;
    volatile boolean expired;
    private final List<Runnable> hooks = new ArrayList<>();

    Clock(Duration limit) {
      this.limit = limit;
      this.deadline = System.nanoTime() + limit.toNanos();
    }

    boolean expired() {
      return expired || System.nanoTime() - deadline > 0;
    }

    void expire() {
      expired = true;
      List<Runnable> run;
      synchronized (hooks) {
        run = List.copyOf(hooks);
      }
      run.forEach(Runnable::run);
    }

    Object add(Runnable hook) {
      synchronized (hooks) {
        hooks.add(hook);
      }
      if (expired) {
        hook.run();
      }
      return hook;
    }

    void remove(Object hook) {
      synchronized (hooks) {
        hooks.remove(hook);
      }
    }
  }
}
