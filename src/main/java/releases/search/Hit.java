package releases.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import releases.ingest.Provenance;

/**
 * One release found by a search, with what a result list shows of it and where it came from; absent metadata is null.
 *
 * @param counties the counties the release names ("Stark, Ohio"), in alphabetical order
 * @param score    the relevance score, or NaN when the query had no words to score by (filters and metadata only)
 * @param copies   the ids of the other releases of its cluster of copies, earliest first; empty when alone or
 *                 when copies are listed as hits of their own
 */
public record Hit(
    String id, String path, String title, LocalDate date, String city, String state, List<String> counties,
    float score, List<Snippet> snippets, Provenance provenance, List<String> copies) {

  public Hit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    counties = List.copyOf(counties);
    snippets = List.copyOf(snippets);
    provenance = provenance == null ? Provenance.TEXT : provenance;
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  public Hit(String id, String path, String title, LocalDate date, String city, String state, List<String> counties,
      float score, List<Snippet> snippets, Provenance provenance) {
    this(id, path, title, date, city, state, counties, score, snippets, provenance, List.of());
  }

  /** The same hit listing {@code ids} as its copies: the other releases of its cluster, earliest first. */
  public Hit withCopies(List<String> ids) {
    return new Hit(id, path, title, date, city, state, counties, score, snippets, provenance, ids);
  }

  public Hit(String id, String path, String title, LocalDate date, String city, String state, List<String> counties,
      float score, List<Snippet> snippets) {
    this(id, path, title, date, city, state, counties, score, snippets, Provenance.TEXT);
  }

  /** Whether the score means anything: false when every hit matched on filters or metadata alone. */
  public boolean scored() {
    return !Float.isNaN(score);
  }
}
