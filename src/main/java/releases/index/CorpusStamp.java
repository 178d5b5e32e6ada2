package releases.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an index run saw of its corpus (file count and newest modification time), kept in the commit's user data
 * so that a search can tell cheaply, without reading any file, whether the corpus has changed since.
 *
 * @param corpus   the corpus root, absolute
 * @param files    how many files the corpus held
 * @param newest   the newest file modification time, in epoch milliseconds
 * @param complete false while a run is under way (a run killed midway leaves this in its last commit)
 */
public record CorpusStamp(Path corpus, int files, long newest, boolean complete) {

  private static final String CORPUS = "corpus";
  private static final String FILES = "files";
  private static final String NEWEST = "newest";
  private static final String COMPLETE = "complete";

  public CorpusStamp {
    if (corpus == null || files < 0) {
      throw new IllegalArgumentException("a stamp needs a corpus and a file count >= 0");
    }
    corpus = corpus.toAbsolutePath().normalize();
  }

  /** Stats every listed file; no file is opened. */
  public static CorpusStamp of(Path corpus, List<Path> files) throws IOException {
    long newest = 0;
    for (Path f : files) {
      newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
    }
    return new CorpusStamp(corpus, files.size(), newest, true);
  }

  /** Walks the corpus as {@link releases.ingest.Corpus} does (regular files, hidden ones left out). */
  public static CorpusStamp scan(Path corpus) throws IOException {
    int[] count = {0};
    long[] newest = {0};
    Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(corpus) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !hidden(file)) {
          count[0]++;
          newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return new CorpusStamp(corpus, count[0], newest[0], true);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  public CorpusStamp incomplete() {
    return new CorpusStamp(corpus, files, newest, false);
  }

  /** True when {@code now} shows files added, removed or modified since this stamp. */
  public boolean differsFrom(CorpusStamp now) {
    return files != now.files || newest != now.newest;
  }

  public Map<String, String> toUserData() {
    Map<String, String> m = new HashMap<>();
    m.put(CORPUS, corpus.toString());
    m.put(FILES, Integer.toString(files));
    m.put(NEWEST, Long.toString(newest));
    m.put(COMPLETE, Boolean.toString(complete));
    return m;
  }

  /** The stamp in a commit's user data, or null when the commit carries none (not written by this tool). */
  public static CorpusStamp fromUserData(Map<String, String> data) {
    String corpus = data.get(CORPUS);
    if (corpus == null) {
      return null;
    }
    try {
      return new CorpusStamp(Path.of(corpus), Integer.parseInt(data.getOrDefault(FILES, "0")),
          Long.parseLong(data.getOrDefault(NEWEST, "0")), Boolean.parseBoolean(data.get(COMPLETE)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
