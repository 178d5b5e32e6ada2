package releases.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.IndexNotFoundException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import releases.UserException;
import releases.extract.CorpusExtraction;

/**
 * Verifies every checksum of the live index with Lucene's {@link CheckIndex} (checksums only: every byte of every
 * file is read once, postings included), and says what is wrong in words a user can act on.
 */
public final class IndexCheck {

  /**
   * What a check found.
   *
   * @param segments how many segments the live commit names
   * @param documents Lucene documents in them (releases and their quotes)
   * @param problems one line each; empty when every checksum matched
   * @param fix the command that repairs the index
   */
  public record Result(int segments, long documents, List<String> problems, String fix, long millis) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean clean() {
      return problems.isEmpty();
    }
  }

  private IndexCheck() {}

  public static Result run(Path where) throws IOException {
    long start = System.nanoTime();
    String shown = CorpusExtraction.displayPath(where);
    String fix = "releases index --rebuild --index " + shown;
    if (!Files.isDirectory(where)) {
      throw UserException.failure("no index at " + shown + "; build it with `releases index --index " + shown + "`");
    }
    List<String> problems = new ArrayList<>();
    IndexHome home = new IndexHome(where);
    Path live;
    try {
      live = home.live();
    } catch (UserException e) {
      return new Result(0, 0, List.of(IndexHome.POINTER + " names no generation"), fix, millis(start));
    }
    if (!home.traces()) {
      throw UserException.failure(IndexAccess.unfinished(where)
          ? "the index at " + shown + " is not built yet: its first run did not finish"
          : "no index at " + shown + "; build it with `releases index --index " + shown + "`");
    }
    if (!Files.isDirectory(live)) {
      return new Result(0, 0, List.of(where.relativize(live) + ": the live generation is missing"), fix, millis(start));
    }
    try (Directory dir = IndexAccess.open(live); CheckIndex checker = new CheckIndex(dir, NO_LOCK)) {
      checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
      checker.setInfoStream(new PrintStream(OutputStream.nullOutputStream()), false);
      checker.setThreadCount(Math.max(1, Runtime.getRuntime().availableProcessors()));
      CheckIndex.Status status = checker.checkIndex();
      if (status.missingSegments) {
        problems.add("no readable commit point (" + (status.segmentsFileName == null ? "segments_N missing or damaged"
            : status.segmentsFileName + " damaged") + ")");
      }
      if (status.toolOutOfDate) {
        problems.add("written by a newer Lucene than this tool's");
      }
      long docs = 0;
      for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
        docs += s.maxDoc;
        if (s.error != null) {
          problems.add("segment " + s.name + " (" + s.maxDoc + " documents): " + firstLine(s.error));
        }
      }
      if (!status.clean && problems.isEmpty()) {
        problems.add("the index is not clean (" + status.numBadSegments + " bad segments)");
      }
      return new Result(status.numSegments, docs, problems, fix, millis(start));
    } catch (IndexNotFoundException e) {
      problems.add("no commit point (segments_N missing)");
      return new Result(0, 0, problems, fix, millis(start));
    } catch (IOException | RuntimeException e) {
      problems.add(firstLine(e));
      return new Result(0, 0, problems, fix, millis(start));
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The innermost message, on one line: CheckIndex wraps the codec's own "checksum failed" in its own words. */
  private static String firstLine(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    if (c instanceof NoSuchFileException || c instanceof FileNotFoundException) {
      return "file missing: " + Path.of(String.valueOf(c.getMessage())).getFileName();
    }
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return m.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /** CheckIndex only reads here (it is never asked to repair), so it need not take the writer's lock. */
  private static final Lock NO_LOCK = new Lock() {
    @Override
    public void close() {}

    @Override
    public void ensureValid() {}
  };
}
