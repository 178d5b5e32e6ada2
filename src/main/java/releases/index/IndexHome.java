package releases.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.apache.lucene.util.IOUtils;
import releases.UserException;
import releases.extract.CorpusExtraction;

/**
 * The layout of an index directory: each full build goes into a generation folder of its own ({@code gen-1},
 * {@code gen-2}, ...) beside the live one, and the file {@code CURRENT} names the live generation and its corpus.
 * A build is published by replacing {@code CURRENT} in one atomic rename, so a reader sees the old index or the
 * new one, never a part. An index written before generations existed holds its files in the directory itself.
 */
final class IndexHome {

  static final String POINTER = "CURRENT";
  private static final String PREFIX = "gen-";
  /** Lucene's own lock name: a writer of an index laid out before generations holds the same lock. */
  private static final String LOCK = "write.lock";

  private final Path dir;

  IndexHome(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  /** The folder holding the live commit: the generation {@code CURRENT} names, else the directory itself. */
  Path live() throws IOException {
    List<String> lines = pointer();
    if (lines.isEmpty()) {
      return dir;
    }
    String name = lines.get(0).strip();
    if (number(name) < 0) {
      throw UserException.failure("index at " + CorpusExtraction.displayPath(dir) + " is damaged (" + POINTER
          + " names no generation); run `releases index --rebuild`");
    }
    return dir.resolve(name);
  }

  /** The corpus the live generation was built from, as {@code CURRENT} records it (kept apart from the commit). */
  Path recordedCorpus() throws IOException {
    List<String> lines = pointer();
    return lines.size() > 1 && !lines.get(1).isBlank() ? Path.of(lines.get(1)) : null;
  }

  /**
   * True when the directory holds a live index's traces (a pointer, or segment files of the layout before
   * generations); a generation folder alone is a first build that has not finished.
   */
  boolean traces() throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.equals(POINTER) || (lucene(n) && number(n) < 0));
    }
  }

  private List<String> pointer() throws IOException {
    try {
      return Files.readAllLines(dir.resolve(POINTER), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    }
  }

  /** The one writer of this directory, whatever generation it writes; released by closing it. */
  Lock lock() throws IOException {
    Files.createDirectories(dir);
    Directory d = new NIOFSDirectory(dir);
    try {
      Lock lock = NativeFSLockFactory.INSTANCE.obtainLock(d, LOCK);
      return new Lock() {
        @Override
        public void close() throws IOException {
          IOUtils.close(lock, d);
        }

        @Override
        public void ensureValid() throws IOException {
          lock.ensureValid();
        }
      };
    } catch (LockObtainFailedException e) {
      d.close();
      throw UserException.failure("index at " + CorpusExtraction.displayPath(dir) + " is being written by another "
          + "process; wait for it to finish, or use another --index directory");
    }
  }

  /** Generation folders, oldest first. */
  List<Path> generations() throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*")) {
      s.forEach(p -> {
        if (number(p.getFileName().toString()) >= 0 && Files.isDirectory(p)) {
          out.add(p);
        }
      });
    }
    out.sort(Comparator.comparingLong(p -> number(p.getFileName().toString())));
    return out;
  }

  /** A new, empty generation folder, numbered after every folder present. */
  Path fresh() throws IOException {
    List<Path> gens = generations();
    long next = gens.isEmpty() ? 1 : number(gens.getLast().getFileName().toString()) + 1;
    return Files.createDirectories(dir.resolve(PREFIX + next));
  }

  /** The newest generation that is newer than the live one: a build that did not get as far as its switch. */
  Path pending() throws IOException {
    Path live = live();
    long current = live.equals(dir) ? 0 : number(live.getFileName().toString());
    List<Path> gens = generations();
    return !gens.isEmpty() && number(gens.getLast().getFileName().toString()) > current ? gens.getLast() : null;
  }

  /** Makes {@code gen} the live generation in one atomic rename, then removes every older index. */
  void publish(Path gen, Path corpus) throws IOException {
    Path tmp = dir.resolve(POINTER + ".tmp");
    Files.writeString(tmp, gen.getFileName() + "\n" + corpus.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
    IOUtils.fsync(tmp, false);
    Files.move(tmp, dir.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    IOUtils.fsync(dir, true);
    removeAllBut(gen);
  }

  /**
   * Deletes older generations and the files of an index written before generations. A search that has them open
   * goes on reading them (POSIX keeps a deleted file until its last reader closes it); failures are left for the
   * next build to retry.
   */
  private void removeAllBut(Path keep) throws IOException {
    for (Path g : generations()) {
      if (!g.equals(keep)) {
        delete(g);
      }
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> lucene(p.getFileName().toString()) && Files.isRegularFile(p)).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // The next build tries again.
    }
  }

  /** Removes a generation folder and everything in it, as far as it can. */
  static void delete(Path gen) {
    try (Stream<Path> s = Files.walk(gen)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the next build.
    }
  }

  /** Files Lucene writes: commit points, segment files and its lock. */
  private static boolean lucene(String name) {
    return LUCENE_FILE.matcher(name).matches() || number(name) >= 0;
  }

  /**
   * segments_N, pending_segments_N, and segment files (_0.cfs, _3_Lucene90_0.dvd, _1_2.liv): the names Lucene's
   * own file deleter treats as its own ({@link IndexFileNames#CODEC_FILE_PATTERN}).
   */
  private static final java.util.regex.Pattern LUCENE_FILE = java.util.regex.Pattern.compile(
      "(pending_)?segments(_[0-9a-z]+)?|" + IndexFileNames.CODEC_FILE_PATTERN.pattern());

  private static long number(String name) {
    if (!name.startsWith(PREFIX)) {
      return -1;
    }
    try {
      long n = Long.parseLong(name.substring(PREFIX.length()));
      return n > 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
