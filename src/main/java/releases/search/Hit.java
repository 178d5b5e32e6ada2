package releases.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import releases.ingest.Provenance;

/** One release found by a search, with what a result list shows of it and where it came from; absent metadata is null. */
public record Hit(
    String id, String path, String title, LocalDate date, String city, String state, float score,
    List<Snippet> snippets, Provenance provenance) {

  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    snippets = List.copyOf(snippets);
    provenance = provenance == null ? Provenance.TEXT : provenance;
  }

  public Hit(String id, String path, String title, LocalDate date, String city, String state, float score,
      List<Snippet> snippets) {
    this(id, path, title, date, city, state, score, snippets, Provenance.TEXT);
  }
}
