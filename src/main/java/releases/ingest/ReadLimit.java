package releases.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import releases.UserException;

/**
 * The time one corpus file may take to be read and extracted. The work runs on the caller's thread, under a clock
 * that a watchdog thread expires when the limit passes: the work is then told to stop three ways. It is interrupted,
 * its next {@link #check()} throws (PDFBox's text extraction checks at every content-stream operator, a mailbox at
 * every message, a web archive at every record) and a running tesseract is killed; when it returns, the caller gets a
 * {@link ReadTimeout} whatever the work gave. Java cannot stop a thread that does none of these (a parser looping
 * inside itself): a caller that must go on anyway, as {@code CorpusExtraction} does, runs the work on a thread it can
 * leave behind. An earlier version handed every file to a reader thread of its own and waited: that hand-off cost
 * more than a plain text file's whole extraction (7 s of 29 s for an export of 100,000).
 */
public final class ReadLimit {

  /** Seconds a file may take ({@code 2.5} allowed); {@code 0} for no limit. */
  public static final String PROPERTY = "releases.read.timeout";
  public static final Duration DEFAULT = Duration.ofSeconds(10);

  /** How often the watchdog looks at the clocks running; a clock's own {@link #check()} is exact. */
  private static final long WATCH_NANOS = 20_000_000L;

  private static final ThreadLocal<Clock> CURRENT = new ThreadLocal<>();
  private static final Set<Clock> RUNNING = ConcurrentHashMap.newKeySet();

  /** Started by the first timed run, so that commands which read no file start no thread. */
  private static final class Watchdog {
    static {
      Thread watchdog = new Thread(ReadLimit::watch, "read-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
    }

    static void ensureStarted() {}
  }

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
   * Runs {@code work} on this thread and returns its result, or throws {@link ReadTimeout} when it took longer than
   * {@code limit}; what the work throws in time is thrown here. A zero limit runs it unbounded.
   */
  public static <T> T run(Duration limit, Supplier<T> work) {
    if (limit.isZero()) {
      return work.get();
    }
    Watchdog.ensureStarted();
    Clock clock = new Clock(limit, Thread.currentThread());
    CURRENT.set(clock);
    RUNNING.add(clock);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      if (clock.finish()) {
        throw e;
      }
      throw new ReadTimeout(limit);
    } finally {
      RUNNING.remove(clock);
      CURRENT.remove();
    }
    if (!clock.finish()) {
      throw new ReadTimeout(limit);
    }
    return result;
  }

  /** The watchdog's loop: expires each clock past its deadline, at most {@link #WATCH_NANOS} late. */
  private static void watch() {
    while (true) {
      LockSupport.parkNanos(WATCH_NANOS);
      long now = System.nanoTime();
      for (Clock clock : RUNNING) {
        if (now - clock.deadline > 0) {
          RUNNING.remove(clock);
          clock.expire();
        }
      }
    }
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
  public static Object onExpiry(Runnable stop) {
    Clock clock = CURRENT.get();
    return clock == null ? null : clock.add(stop);
  }

  public static void release(Object handle) {
    Clock clock = CURRENT.get();
    if (clock != null && handle != null) {
      clock.remove(handle);
    }
  }

  /** One file's deadline, the thread working on it, and what to do when it passes. */
  private static final class Clock {
    final Duration limit;
    final long deadline;
    private final Thread owner;
    private final AtomicInteger state = new AtomicInteger(RUNNING_STATE);
    private final List<Runnable> hooks = new ArrayList<>();
    private static final int RUNNING_STATE = 0;
    private static final int DONE = 1;
    private static final int EXPIRED = 2;

    Clock(Duration limit, Thread owner) {
      this.limit = limit;
      this.owner = owner;
      this.deadline = System.nanoTime() + limit.toNanos();
    }

    boolean expired() {
      return state.get() == EXPIRED || System.nanoTime() - deadline > 0;
    }

    /** On the watchdog: tells the work to stop, unless it has already finished. */
    void expire() {
      List<Runnable> run;
      synchronized (this) {
        if (!state.compareAndSet(RUNNING_STATE, EXPIRED)) {
          return;
        }
        owner.interrupt();
      }
      synchronized (hooks) {
        run = List.copyOf(hooks);
      }
      run.forEach(Runnable::run);
    }

    /**
     * On the owner, when the work returned: true when it was in time. Otherwise the watchdog's interrupt is cleared,
     * so that it reaches nothing this thread does next.
     */
    boolean finish() {
      if (state.compareAndSet(RUNNING_STATE, DONE) && System.nanoTime() - deadline <= 0) {
        return true;
      }
      synchronized (this) {
        Thread.interrupted();
      }
      return false;
    }

    Object add(Runnable hook) {
      synchronized (hooks) {
        hooks.add(hook);
      }
      if (state.get() == EXPIRED) {
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
