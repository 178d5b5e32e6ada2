package releases.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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

  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Runs over {@code files}; the consumer is called on the calling thread only. */
  public void run(List<Path> files, Consumer<Outcome> sink) throws InterruptedException {
    if (threads == 1) {
      files.forEach(f -> sink.accept(process(f)));
      return;
    }
    int window = threads * 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
      for (Path file : files) {
        if (inFlight.size() == window) {
          sink.accept(next(inFlight));
        }
        inFlight.add(pool.submit(() -> process(file)));
      }
      while (!inFlight.isEmpty()) {
        sink.accept(next(inFlight));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome next(ArrayDeque<Future<Outcome>> inFlight) throws InterruptedException {
    try {
      return inFlight.removeFirst().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
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
