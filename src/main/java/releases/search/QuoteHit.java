package releases.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import releases.ingest.Provenance;

/**
 * One quote found by a quote search, with where and when it was said.
 *
 * @param text the whole quote, with the ranges that matched the query
 * @param provenance the quoting release's saved form and source
 * @param copies the copies of the quoting release that give the same quote, earliest first (folded into this hit)
 */
public record QuoteHit(
    String speaker, String role, String organization, Snippet text, String releaseId, String path, String title,
    LocalDate date, String city, String state, float score, Provenance provenance, List<String> copies) {

  public QuoteHit {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(releaseId, "releaseId");
    provenance = provenance == null ? Provenance.TEXT : provenance;
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  public QuoteHit(String speaker, String role, String organization, Snippet text, String releaseId, String path,
      String title, LocalDate date, String city, String state, float score, Provenance provenance) {
    this(speaker, role, organization, text, releaseId, path, title, date, city, state, score, provenance, List.of());
  }

  /** The same quote, also given in the copies {@code ids} of its release (the same words, folded into this hit). */
  public QuoteHit withCopies(List<String> ids) {
    return new QuoteHit(speaker, role, organization, text, releaseId, path, title, date, city, state, score,
        provenance, ids);
  }

  public QuoteHit(String speaker, String role, String organization, Snippet text, String releaseId, String path,
      String title, LocalDate date, String city, String state, float score) {
    this(speaker, role, organization, text, releaseId, path, title, date, city, state, score, Provenance.TEXT);
  }
}
