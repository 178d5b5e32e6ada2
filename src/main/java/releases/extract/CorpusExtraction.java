package releases.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import releases.ingest.Corpus;
import releases.ingest.ReadLimit;
import releases.ingest.ReadTimeout;
import releases.ingest.SkippedFileException;
import releases.ingest.Source;
import releases.ingest.SourceReader;

/**
 * Reads and extracts a list of corpus files on several threads, handing outcomes to one consumer in file order.
 * At most a small window of files is in flight, so memory stays bounded whatever the corpus size.
 */
public final class CorpusExtraction {

  private final Corpus corpus;
  private final int threads;
  private final Predicate<Source> wanted;
  private final Predicate<Path> unread;
  private final FileReader reader;

  /** How long past its limit a file's thread has to stop before the file is given up without it. */
  static final long GRACE_NANOS = 250_000_000L;

  /** How a file becomes a {@link Source}; tests put a reader that hangs in the place of {@link SourceReader}. */
  interface FileReader {
    Source read(Path file, String id) throws IOException, SkippedFileException;
  }

  /**
   * @param wanted decides, before the costly extraction, whether a file is extracted or reported as unchanged
   */
  public CorpusExtraction(Corpus corpus, int threads, Predicate<Source> wanted) {
    this(corpus, threads, file -> false, wanted);
  }

  /**
   * @param unread decides, before the file is even read, that it is unchanged (say, by its size and time)
   * @param wanted decides, before the costly extraction, whether a file is extracted or reported as unchanged
   */
  public CorpusExtraction(Corpus corpus, int threads, Predicate<Path> unread, Predicate<Source> wanted) {
    this(corpus, threads, unread, wanted, SourceReader::read);
  }

  CorpusExtraction(Corpus corpus, int threads, Predicate<Path> unread, Predicate<Source> wanted, FileReader reader) {
    this.reader = reader;
    this.corpus = corpus;
    this.threads = Math.max(1, threads);
    this.unread = unread;
    this.wanted = wanted;
  }

  /**
   * Every file extracted and none hashed ({@link SourceReader#readUnhashed}): for a run that compares files with
   * nothing already read, as {@code export} does.
   */
  public static CorpusExtraction unhashed(Corpus corpus, int threads) {
    return new CorpusExtraction(corpus, threads, file -> false, source -> true, SourceReader::readUnhashed);
  }

  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Runs over {@code files}; the consumer is called on the calling thread only. */
  public void run(List<Path> files, Consumer<Outcome> sink) throws InterruptedException {
    run(files, outcome -> outcome, sink);
  }

  /**
   * Runs over {@code files}, turning each outcome into what {@code sink} takes with {@code prepare} on the extraction
   * threads, so that work stays parallel; the consumer is called on the calling thread only, in file order.
   */
  public <T> void run(List<Path> files, Function<Outcome, T> prepare, Consumer<T> sink) throws InterruptedException {
    Duration limit = corpus.readLimit();
    if (threads == 1 && limit.isZero()) {
      files.forEach(f -> sink.accept(prepare.apply(process(f))));
      return;
    }
    int window = threads * 32;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "extract");
          t.setDaemon(true);
          return t;
        });
    try {
      ArrayDeque<Task<T>> inFlight = new ArrayDeque<>(window);
      for (Path file : files) {
        if (inFlight.size() == window) {
          sink.accept(next(inFlight.removeFirst(), pool, limit, prepare));
        }
        AtomicLong started = new AtomicLong();
        Future<T> future = pool.submit(() -> {
          started.set(System.nanoTime() | 1); // never 0, which means not started
          return prepare.apply(process(file));
        });
        inFlight.add(new Task<>(file, future, started));
      }
      while (!inFlight.isEmpty()) {
        sink.accept(next(inFlight.removeFirst(), pool, limit, prepare));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A file in flight: its result to come, and when a thread started on it (0 until then). */
  private record Task<T>(Path file, Future<T> future, AtomicLong started) {}

  /**
   * Waits for {@code task}. The file's own thread stops it when it runs out of time ({@link ReadLimit}), unless the
   * reader is stuck where it checks nothing: then, {@link #GRACE_NANOS} after its limit, the file is skipped here, its
   * thread is left behind (a daemon that dies with the run at the latest) and the pool gains one in its place.
   */
  private static <T> T next(Task<T> task, ThreadPoolExecutor pool, Duration limit, Function<Outcome, T> prepare)
      throws InterruptedException {
    long allowed = limit.toNanos() + GRACE_NANOS;
    try {
      while (true) {
        long started = task.started().get();
        long wait = started == 0 ? allowed : started + allowed - System.nanoTime();
        try {
          return limit.isZero() ? task.future().get() : task.future().get(Math.max(1, wait), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          started = task.started().get();
          if (started != 0 && System.nanoTime() - started - allowed >= 0) {
            task.future().cancel(true);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            return prepare.apply(new Outcome.Skipped(task.file(), new ReadTimeout(limit).getMessage()));
          }
        }
      }
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

  /** One file, start to end; every failure of that one file becomes a {@link Outcome.Skipped}. */
  Outcome process(Path file) {
    if (unread.test(file)) {
      return new Outcome.Unchanged(file, corpus.idOf(file));
    }
    try {
      return ReadLimit.run(corpus.readLimit(), () -> readAndExtract(file));
    } catch (ReadTimeout e) {
      return new Outcome.Skipped(file, e.getMessage());
    } catch (OutOfMemoryError e) {
      // Thrown on the reader's thread, whose work is dropped with it: the heap is the memory limit of one file.
      return new Outcome.Skipped(file, "ran out of memory reading it (heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB; RELEASES_JAVA_OPTS=-Xmx... gives more)");
    }
  }

  private Outcome readAndExtract(Path file) {
    Source source;
    try {
      source = reader.read(file, corpus.idOf(file));
    } catch (ReadTimeout e) {
      return new Outcome.Skipped(file, e.getMessage());
    } catch (SkippedFileException e) {
      return new Outcome.Skipped(file, e.getMessage());
    } catch (IOException e) {
      return new Outcome.Skipped(file, "cannot read: " + Corpus.reason(e));
    } catch (RuntimeException | StackOverflowError e) {
      // A parser's bug or a hostile file fails this file alone: the run goes on.
      return new Outcome.Skipped(file, "cannot read: " + e);
    }
    if (!wanted.test(source)) {
      return new Outcome.Unchanged(file, source.id());
    }
    try {
      List<Release> releases = SourceReleases.of(source, displayPath(file), lastWritten(source));
      if (releases.isEmpty()) {
        return new Outcome.Skipped(file, source.notes().isEmpty() ? "no release in it" : "no release in it ("
            + source.notes().get(0) + (source.notes().size() > 1 ? ", ..." : "") + ")");
      }
      return new Outcome.Extracted(source, releases);
    } catch (ReadTimeout e) {
      return new Outcome.Skipped(file, e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome.Skipped(file, "extraction failed: " + e);
    }
  }

  /**
   * The day after the file was last written, in any time zone: the latest day its release can carry. A stamp that
   * cannot be read sets no bound.
   */
  static LocalDate lastWritten(Source source) {
    String stamp = source.stamp();
    int at = stamp.indexOf('@');
    try {
      long millis = Long.parseLong(stamp.substring(at + 1));
      return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** Paths are shown relative to the working directory when the file is below it, as a user would type them. */
  public static String displayPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    String shown = (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown; // the working directory itself
  }
}
