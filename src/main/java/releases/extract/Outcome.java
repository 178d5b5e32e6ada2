package releases.extract;

import java.nio.file.Path;
import java.util.List;
import releases.ingest.Source;

/** What became of one corpus file: a release, a file left alone by request, or a file skipped with a reason. */
public sealed interface Outcome {

  Path file();

  /**
   * The file was read and extracted: one release, or several for a listing page, a mailbox or a web archive, in
   * file order; {@code source.notes()} names the parts of the file that were passed over.
   */
  record Extracted(Source source, List<Release> releases) implements Outcome {
    public Extracted {
      releases = List.copyOf(releases);
      if (releases.isEmpty()) {
        throw new IllegalArgumentException("an extracted file has a release");
      }
    }

    @Override
    public Path file() {
      return source.path();
    }
  }

  /** The caller's filters declined the file, before or after reading it (for example: unchanged since the last index). */
  record Unchanged(Path file, String id) implements Outcome {}

  /** The file could not be used; {@code reason} is short and meant for the user. */
  record Skipped(Path file, String reason) implements Outcome {}
}
