package releases.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;

/** A directory tree of saved releases: which files belong to it and what each one's id is. */
public final class Corpus {

  /** An entry the walk could not take in, with a short reason from a fixed list (see {@link #reason}). */
  public record Skip(Path path, String reason) {}

  /**
   * What a walk found: the files, sorted by id, and the entries it had to pass over.
   *
   * @param unseen the ids and id prefixes ({@code dir/}) of skipped entries, whose files may still exist
   */
  public record Listing(List<Path> files, List<Skip> skipped, List<String> unseen) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
      unseen = List.copyOf(unseen);
    }

    /** True when the file with id {@code id} lies at or below an entry the walk could not read. */
    public boolean unseen(String id) {
      for (String u : unseen) {
        if (u.endsWith("/") ? id.startsWith(u) : id.equals(u)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Asked before the walk enters a directory; tests use it to deny access where chmod cannot (as root). */
  interface Gate {
    void enter(Path dir) throws IOException;
  }

  private final Path root;
  private final Gate gate;
  private final Duration readLimit;

  /** The corpus at {@code root}, each file read within {@link ReadLimit#configured()}. */
  public Corpus(Path root) {
    this(root, dir -> { });
  }

  Corpus(Path root, Gate gate) {
    this(root, gate, ReadLimit.configured());
  }

  private Corpus(Path root, Gate gate, Duration readLimit) {
    this.root = root.toAbsolutePath().normalize();
    this.gate = gate;
    this.readLimit = readLimit;
  }

  /** The same corpus, each file given {@code limit} to be read and extracted ({@link Duration#ZERO}: no limit). */
  public Corpus withReadLimit(Duration limit) {
    return new Corpus(root, gate, limit);
  }

  public Duration readLimit() {
    return readLimit;
  }

  public Path root() {
    return root;
  }

  /** Every regular, non-hidden file below the root, in a stable order (sorted by id). */
  public List<Path> files() throws IOException {
    return list().files();
  }

  /**
   * Walks the tree, following links, and never stops for one entry: a directory it cannot open, a path past the
   * system's limit, an entry removed during the walk or a link that loops is passed over with its reason.
   */
  public Listing list() throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("no corpus directory at " + root);
    }
    List<Path> files = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    List<String> unseen = new ArrayList<>();
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && isHidden(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        try {
          gate.enter(dir);
        } catch (IOException e) {
          return visitFileFailed(dir, e) == FileVisitResult.CONTINUE ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (isHidden(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          files.add(file);
        } else if (attrs.isSymbolicLink()) {
          // The walk falls back on the link itself when its target cannot be read.
          skip(file, brokenLink(file), false);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (!file.equals(root) && !isHidden(file)) {
          skip(file, reason(e), true);
        } else if (file.equals(root)) {
          skipped.add(new Skip(file, reason(e)));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
          skip(dir, reason(e), true);
        }
        return FileVisitResult.CONTINUE;
      }

      private void skip(Path p, String reason, boolean mayBeDirectory) {
        skipped.add(new Skip(p, reason));
        String rel = relative(p);
        unseen.add(rel);
        unseen.add(idOf(p));
        if (mayBeDirectory) {
          unseen.add(rel + "/");
        }
      }
    });
    if (!skipped.isEmpty() && skipped.get(0).path().equals(root)) {
      throw new IOException(skipped.get(0).reason());
    }
    // Each id computed once: path arithmetic inside the comparator would cost n log n of them.
    Map<Path, String> ids = new HashMap<>(files.size() * 2);
    files.forEach(f -> ids.put(f, idOf(f)));
    files.sort(Comparator.comparing((Path p) -> ids.get(p)).thenComparing(Path::toString));
    return new Listing(files, skipped, unseen);
  }

  /** {@link #list()}, or the one-line failure a command shows when the corpus cannot be listed. */
  public Listing listOrFail() {
    try {
      return list();
    } catch (IOException e) {
      throw UserException.failure("cannot read corpus " + root + ": " + e.getMessage());
    }
  }

  /** {@link #files()}, or the one-line failure a command shows when the corpus cannot be listed. */
  public List<Path> filesOrFail() {
    return listOrFail().files();
  }

  /**
   * Why an entry of the corpus could not be read, in the words the run reports: {@code permission denied},
   * {@code path too long}, {@code vanished} (removed while the run went on), {@code symlink loop}, or the
   * system's own message.
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "vanished";
    }
    if (e instanceof FileSystemLoopException) {
      return "symlink loop";
    }
    String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    if (why == null) {
      return e.getClass().getSimpleName();
    }
    if (why.contains("File name too long") || why.contains("ENAMETOOLONG")) {
      return "path too long";
    }
    if (why.contains("Too many levels of symbolic links") || why.contains("ELOOP")) {
      return "symlink loop";
    }
    if (why.contains("Permission denied")) {
      return "permission denied";
    }
    return why;
  }

  private static String brokenLink(Path link) {
    try {
      Files.readAttributes(link, BasicFileAttributes.class);
      return "not a file";
    } catch (NoSuchFileException e) {
      return "broken symlink";
    } catch (IOException e) {
      return reason(e);
    }
  }

  private String relative(Path p) {
    Path rel = root.relativize(p.toAbsolutePath().normalize());
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }

  /**
   * The id of a file below the root: its relative path without extension, with {@code /} separators; a
   * compressed file loses both extensions ({@code crawl.warc.gz} is {@code crawl}).
   */
  public String idOf(Path file) {
    String s = relative(file);
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
