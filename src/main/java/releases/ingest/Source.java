package releases.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What was read of one corpus file, before any extraction: the text of each release it holds.
 *
 * @param id        path relative to the corpus root, without extension, with {@code /} separators
 * @param path      the file on disk
 * @param pages     the text of each release in the file, in file order (one, except in a mailbox or web archive)
 * @param hash      a hex digest of the bytes read, for incremental indexing; {@link #NOT_HASHED} when not asked for
 * @param truncated true when a limit cut the file (its size, a page count, a record count); the rest was not read
 * @param stamp     the file's size and modification time, taken just before it was read (see {@link SourceReader#stamp})
 * @param notes     one line for each part of the file passed over ("message 3: ..."), for the user
 */
public record Source(String id, Path path, List<Page> pages, String hash, boolean truncated, String stamp,
    List<String> notes) {

  /** The hash of a source read by {@link SourceReader#readUnhashed}, for a run that compares it with nothing. */
  public static final String NOT_HASHED = "";

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(stamp, "stamp");
    pages = List.copyOf(pages);
    notes = List.copyOf(notes);
  }

  /** The text of the file's first release: the whole text of a plain file. */
  public String text() {
    return pages.isEmpty() ? "" : pages.get(0).text();
  }
}
