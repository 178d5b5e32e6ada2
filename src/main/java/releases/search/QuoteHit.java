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
 * @param releases   how many quotes of the corpus say these words (a repeated quote is listed once)
 * @param first      the earliest date any of them was said, or null when none is dated
 * @param copies the copies of the quoting release that give the same quote, earliest first (folded into this hit)
 */
public record QuoteHit(
    String speaker, String role, String organization, Snippet text, String releaseId, String path, String title,
    LocalDate date, String city, String state, float score, Provenance provenance, int releases, LocalDate first,
    List<String> copies) {

  public QuoteHit {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(releaseId, "releaseId");
    provenance = provenance == null ? Provenance.TEXT : provenance;
    if (releases < 1) {
      throw new IllegalArgumentException("a quote is said in at least one release: " + releases);
    }
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  /** A quote said once, as far as its backend knows. */
  public QuoteHit(String speaker, String role, String organization, Snippet text, String releaseId, String path,
      String title, LocalDate date, String city, String state, float score, Provenance provenance) {
    this(speaker, role, organization, text, releaseId, path, title, date, city, state, score, provenance, 1, date,
        List.of());
  }

  /** The same, said in {@code releases} releases, first on {@code first}. */
  public QuoteHit repeated(int releases, LocalDate first) {
    return new QuoteHit(speaker, role, organization, text, releaseId, path, title, date, city, state, score,
        provenance, releases, first, copies);
  }

  /** The same quote, also given in the copies {@code ids} of its release (the same words, folded into this hit). */
  public QuoteHit withCopies(List<String> ids) {
    return new QuoteHit(speaker, role, organization, text, releaseId, path, title, date, city, state, score,
        provenance, releases, first, ids);
  }

  public QuoteHit(String speaker, String role, String organization, Snippet text, String releaseId, String path,
      String title, LocalDate date, String city, String state, float score) {
    this(speaker, role, organization, text, releaseId, path, title, date, city, state, score, Provenance.TEXT);
  }
}
