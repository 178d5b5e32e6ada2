package releases.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an index run saw of its corpus, kept in the commit's user data so that a search can tell cheaply, without
 * reading any file, whether the corpus has changed since: the file count, the newest file modification time, and
 * the modification time of every directory holding files.
 *
 * @param corpus   the corpus root, absolute
 * @param files    how many files the corpus held
 * @param newest   the newest file modification time, in epoch milliseconds
 * @param dirs     modification times of the corpus's directories by path relative to the root ("" for the root);
 *                 empty when there were too many to record
 * @param complete false while a run is under way (a run killed midway leaves this in its last commit)
 */
public record CorpusStamp(Path corpus, int files, long newest, Map<String, Long> dirs, boolean complete) {

  /** Up to this many files a search stats them all, which also catches files edited in place. */
  static final int FULL_SCAN_FILES = 2_000;
  /** Past this many directories their times are not recorded: the user data would grow too large. */
  static final int MAX_DIRS = 20_000;

  private static final String CORPUS = "corpus";
  private static final String FILES = "files";
  private static final String NEWEST = "newest";
  private static final String DIRS = "dirs";
  private static final String COMPLETE = "complete";

  public CorpusStamp {
    if (corpus == null || files < 0) {
      throw new IllegalArgumentException("a stamp needs a corpus and a file count >= 0");
    }
    corpus = corpus.toAbsolutePath().normalize();
    dirs = Map.copyOf(dirs);
  }

  /** Stats every listed file and the directories between them and the root; no file is opened. */
  public static CorpusStamp of(Path corpus, List<Path> files) throws IOException {
    Path root = corpus.toAbsolutePath().normalize();
    long newest = 0;
    Map<String, Long> dirs = new TreeMap<>();
    dirs.put("", Files.getLastModifiedTime(root).toMillis());
    for (Path f : files) {
      try {
        newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
      } catch (IOException e) {
        continue; // gone since the walk: reading it will say so
      }
      for (Path d = f.toAbsolutePath().normalize().getParent(); d != null && d.startsWith(root) && dirs.size() <= MAX_DIRS;
          d = d.getParent()) {
        if (dirs.putIfAbsent(relative(root, d), 0L) != null) {
          break;
        }
        dirs.put(relative(root, d), Files.getLastModifiedTime(d).toMillis());
      }
    }
    return new CorpusStamp(root, files.size(), newest, dirs.size() > MAX_DIRS ? Map.of() : dirs, true);
  }

  private static String relative(Path root, Path dir) {
    return root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
  }

  /**
   * True when the corpus on disk no longer matches this stamp. A small corpus is walked file by file; a large one
   * costs one stat per directory, which sees files added, removed or replaced, but not a file edited in place.
   */
  public boolean changedOnDisk() throws IOException {
    return changedOnDisk(FULL_SCAN_FILES);
  }

  boolean changedOnDisk(int fullScanFiles) throws IOException {
    if (files <= fullScanFiles) {
      int[] count = {0};
      long[] latest = {0};
      Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(corpus) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !hidden(file)) {
            count[0]++;
            latest[0] = Math.max(latest[0], attrs.lastModifiedTime().toMillis());
          }
          return FileVisitResult.CONTINUE;
        }
      });
      return count[0] != files || latest[0] != newest;
    }
    for (Map.Entry<String, Long> d : dirs.entrySet()) {
      try {
        if (Files.getLastModifiedTime(corpus.resolve(d.getKey())).toMillis() != d.getValue()) {
          return true;
        }
      } catch (NoSuchFileException e) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  public CorpusStamp incomplete() {
    return new CorpusStamp(corpus, files, newest, dirs, false);
  }

  public Map<String, String> toUserData() {
    Map<String, String> m = new HashMap<>();
    m.put(CORPUS, corpus.toString());
    m.put(FILES, Integer.toString(files));
    m.put(NEWEST, Long.toString(newest));
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(dirs).forEach((dir, time) -> sb.append(time).append('\t').append(dir).append('\n'));
    m.put(DIRS, sb.toString());
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
      Map<String, Long> dirs = new HashMap<>();
      for (String line : data.getOrDefault(DIRS, "").split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          dirs.put(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
        }
      }
      return new CorpusStamp(Path.of(corpus), Integer.parseInt(data.getOrDefault(FILES, "0")),
          Long.parseLong(data.getOrDefault(NEWEST, "0")), dirs, Boolean.parseBoolean(data.get(COMPLETE)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
