package releases.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import releases.UserException;

/** A directory tree of saved releases: which files belong to it and what each one's id is. */
public final class Corpus {

  private final Path root;

  public Corpus(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** Every regular, non-hidden file below the root, in a stable order (sorted by id). */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("no corpus directory at " + root);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !isHidden(p) && Files.isRegularFile(p)).forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Each id computed once: path arithmetic inside the comparator would cost n log n of them.
    Map<Path, String> ids = new HashMap<>(files.size() * 2);
    files.forEach(f -> ids.put(f, idOf(f)));
    files.sort(Comparator.comparing((Path p) -> ids.get(p)).thenComparing(Path::toString));
    return files;
  }

  /** {@link #files()}, or the one-line failure a command shows when the corpus cannot be listed. */
  public List<Path> filesOrFail() {
    try {
      return files();
    } catch (IOException e) {
      throw UserException.failure("cannot read corpus " + root + ": " + e.getMessage());
    }
  }

  /**
   * The id of a file below the root: its relative path without extension, with {@code /} separators; a
   * compressed file loses both extensions ({@code crawl.warc.gz} is {@code crawl}).
   */
  public String idOf(Path file) {
    Path rel = root.relativize(file.toAbsolutePath().normalize());
    String s = rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    int slash = s.lastIndexOf('/');
    int dot = s.lastIndexOf('.');
    if (dot > slash + 1 && s.substring(dot).equalsIgnoreCase(".gz")) {
      int inner = s.lastIndexOf('.', dot - 1);
      dot = inner > slash + 1 ? inner : dot;
    }
    return dot > slash + 1 ? s.substring(0, dot) : s;
  }

  private boolean isHidden(Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
