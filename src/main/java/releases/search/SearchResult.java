package releases.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}: the total number of matching releases, the requested page of hits, and
 * the counts of each requested facet dimension (in the order asked for).
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Facet> facets) {

  public SearchResult {
    Objects.requireNonNull(query, "query");
    if (total < hits.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the hits returned");
    }
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
