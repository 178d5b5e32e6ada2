package releases.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import releases.UserException;
import releases.extract.CorpusExtraction;

/**
 * Turns what can go wrong while an index is written (a full disk, another I/O error, damaged segments met on
 * the way) into one line that says what happened and what is left, whichever thread it happened on and however
 * Lucene wrapped it ({@code AlreadyClosedException} and "unrecoverable error" carry the first failure as cause).
 */
final class IndexFailure {

  /** How the message for a full disk starts. */
  static final String DISK_FULL = "no space left on device";

  private IndexFailure() {}

  /** The user's message for {@code t}, or null when {@code t} holds no I/O failure (a bug, to be shown as one). */
  static UserException of(Throwable t, Path index) {
    String where = CorpusExtraction.displayPath(index);
    Throwable damage = null;
    IOException io = null;
    for (Throwable c : chain(t)) {
      if (c instanceof UserException ue) {
        return ue;
      }
      if (isDiskFull(c)) {
        return UserException.failure(DISK_FULL + " while writing " + where
            + "; the last complete index is intact");
      }
      if (damage == null && (c instanceof CorruptIndexException || c instanceof IndexFormatTooOldException
          || c instanceof IndexFormatTooNewException || c instanceof NoSuchFileException
          || c instanceof java.io.FileNotFoundException || c instanceof java.io.EOFException)) {
        damage = c;
      }
      if (io == null && c instanceof IOException e) {
        io = e;
      }
    }
    if (damage != null) {
      return damaged(index);
    }
    if (io != null) {
      return UserException.failure("I/O error while writing " + where + " (" + describe(io)
          + "); the last complete index is intact");
    }
    return null;
  }

  static UserException damaged(Path index) {
    String where = CorpusExtraction.displayPath(index);
    return UserException.failure("index at " + where + " is damaged: run `releases index --rebuild --index " + where + "`");
  }

  static boolean isDiskFull(Throwable c) {
    String m = c.getMessage();
    return m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
        || m.contains("There is not enough space on the disk"));
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\p{Cntrl}", " "));
  }

  /** {@code t}, its causes and suppressed exceptions, each once. */
  private static Iterable<Throwable> chain(Throwable t) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(t);
    java.util.List<Throwable> out = new java.util.ArrayList<>();
    while (!todo.isEmpty()) {
      Throwable c = todo.poll();
      if (!seen.add(c)) {
        continue;
      }
      out.add(c);
      if (c.getCause() != null) {
        todo.add(c.getCause());
      }
      Collections.addAll(todo, c.getSuppressed());
    }
    return out;
  }
}
