package releases.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One quote found by a quote search, with where and when it was said.
 *
 * @param text the whole quote, with the ranges that matched the query
 */
public record QuoteHit(
    String speaker, String role, String organization, Snippet text, String releaseId, String path, String title,
    LocalDate date, String city, String state, float score) {

  public QuoteHit {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(releaseId, "releaseId");
  }
}
