package releases.search;

import java.time.LocalDate;
import java.util.Objects;
import releases.ingest.Provenance;

/**
 * One quote found by a quote search, with where and when it was said.
 *
 * @param text the whole quote, with the ranges that matched the query
 * @param provenance the quoting release's saved form and source
 */
public record QuoteHit(
    String speaker, String role, String organization, Snippet text, String releaseId, String path, String title,
    LocalDate date, String city, String state, float score, Provenance provenance) {

  public QuoteHit {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(releaseId, "releaseId");
    provenance = provenance == null ? Provenance.TEXT : provenance;
  }

  public QuoteHit(String speaker, String role, String organization, Snippet text, String releaseId, String path,
      String title, LocalDate date, String city, String state, float score) {
    this(speaker, role, organization, text, releaseId, path, title, date, city, state, score, Provenance.TEXT);
  }
}
