package releases.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a quote search: how many quotes match, the requested page of them, and the officials that the
 * {@code --by} names were resolved to (so a user sees that "Rap" was taken as Marc Rapp), and how many hits the
 * quotes make once the quotes of copies are folded (-1 when they are listed on their own).
 */
public record QuoteResult(String query, long total, List<String> officials, List<QuoteHit> hits, long distinct) {

  /** A result listing every quote, copies' quotes on their own ({@link #distinct} unknown). */
  public QuoteResult(String query, long total, List<String> officials, List<QuoteHit> hits) {
    this(query, total, officials, hits, -1);
  }

  /** True when the quotes of copies were folded: one hit per quote of a cluster, {@link #distinct} in all. */
  public boolean folded() {
    return distinct >= 0;
  }

  /** How many hits there are in all: distinct quotes when folded, else quotes. */
  public long listed() {
    return folded() ? distinct : total;
  }

  public QuoteResult {
    Objects.requireNonNull(query, "query");
    officials = List.copyOf(officials);
    hits = List.copyOf(hits);
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the hits returned");
    }
  }
}
