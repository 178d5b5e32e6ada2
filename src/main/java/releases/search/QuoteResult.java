package releases.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a quote search: how many quotes match, the requested page of them, and the officials that the
 * {@code --by} names were resolved to (so a user sees that "Rap" was taken as Marc Rapp).
 */
public record QuoteResult(String query, long total, List<String> officials, List<QuoteHit> hits) {

  public QuoteResult {
    Objects.requireNonNull(query, "query");
    officials = List.copyOf(officials);
    hits = List.copyOf(hits);
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the hits returned");
    }
  }
}
