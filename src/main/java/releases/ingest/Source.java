package releases.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The decoded text of one corpus file, before any extraction.
 *
 * @param id        path relative to the corpus root, without extension, with {@code /} separators
 * @param path      the file on disk
 * @param text      the decoded text (UTF-8, or Windows-1252 when the bytes are not valid UTF-8)
 * @param hash      a hex digest of the bytes read, for incremental indexing
 * @param truncated true when the file was longer than {@link SourceReader#MAX_BYTES} and was cut there
 * @param stamp     the file's size and modification time, taken just before it was read (see {@link SourceReader#stamp})
 */
public record Source(String id, Path path, String text, String hash, boolean truncated, String stamp) {

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(stamp, "stamp");
  }
}
