package releases.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import releases.UserException;
import releases.index.Fields;
import releases.index.States;

/**
 * One search, validated: the query text, the filters (states as full names, an inclusive date range, quoted
 * officials, counties), the facet dimensions to count, the page and the order.
 *
 * @param query      query syntax; blank means every release
 * @param any        true to match any of the query's terms rather than all of them
 * @param from       first day included, or null
 * @param to         last day included, or null
 * @param facetLimit most values listed per facet dimension; 0 for all
 * @param sideways   true to count a dimension the request filters on as if that filter were lifted
 * @param allCopies  true to list every copy of a release as a hit of its own, rather than one hit per cluster
 * @param countClusters true for facet counts of clusters of copies rather than of releases
 */
public record SearchRequest(
    String query, boolean any, List<String> states, LocalDate from, LocalDate to, List<String> officials,
    List<String> counties, List<String> facets, int facetLimit, boolean sideways, int limit, int offset,
    SortOrder sort, boolean allCopies, boolean countClusters) {

  public SearchRequest(String query, boolean any, List<String> states, LocalDate from, LocalDate to,
      List<String> officials, List<String> counties, List<String> facets, int facetLimit, boolean sideways, int limit,
      int offset, SortOrder sort) {
    this(query, any, states, from, to, officials, counties, facets, facetLimit, sideways, limit, offset, sort, false,
        false);
  }

  /** The same request for another page. */
  public SearchRequest page(int newLimit, int newOffset) {
    return new SearchRequest(query, any, states, from, to, officials, counties, facets, facetLimit, sideways, newLimit,
        newOffset, sort, allCopies, countClusters);
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    states = states.stream().map(SearchRequest::state).distinct().toList();
    officials = nonBlank(officials, "--by");
    counties = nonBlank(counties, "--county");
    facets = List.copyOf(facets);
    for (String dim : facets) {
      if (!Fields.DIMENSIONS.contains(dim)) {
        throw UserException.usage("unknown facet '" + releases.Echo.of(dim) + "': use " + String.join(", ", Fields.DIMENSIONS));
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw UserException.usage("--from " + from + " is after --to " + to);
    }
    if (limit < 0 || offset < 0 || facetLimit < 0) {
      throw UserException.usage("--limit, --offset and facet limits must be 0 or more");
    }
    Objects.requireNonNull(sort, "sort");
  }

  /** A request for {@code query} with no filters, ten hits by relevance. */
  public static Builder query(String query) {
    return new Builder(query);
  }

  /** The full name for a name, code or AP abbreviation, or a usage error naming the closest states. */
  static String state(String text) {
    return States.resolve(text).orElseThrow(() -> {
      List<String> near = States.closest(text);
      return UserException.usage("unknown state '" + releases.Echo.of(text) + "'"
          + (near.isEmpty() ? ": use a name, USPS code or AP abbreviation" : "; did you mean " + String.join(", ", near) + "?"));
    });
  }

  private static List<String> nonBlank(List<String> values, String option) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw UserException.usage(option + " needs a non-empty value");
      }
    }
    return List.copyOf(values);
  }

  /** Assembles a request step by step; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String query;
    private boolean any;
    private final List<String> states = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private final List<String> officials = new ArrayList<>();
    private final List<String> counties = new ArrayList<>();
    private final List<String> facets = new ArrayList<>();
    private int facetLimit = 10;
    private boolean sideways = true;
    private int limit = 10;
    private int offset;
    private SortOrder sort = SortOrder.RELEVANCE;
    private boolean allCopies;
    private boolean countClusters;

    private Builder(String query) {
      this.query = query;
    }

    public Builder any(boolean v) { any = v; return this; }
    public Builder state(String v) { states.add(v); return this; }
    public Builder from(LocalDate v) { from = v; return this; }
    public Builder to(LocalDate v) { to = v; return this; }
    public Builder official(String v) { officials.add(v); return this; }
    public Builder county(String v) { counties.add(v); return this; }
    public Builder facet(String v) { facets.add(v); return this; }
    public Builder facetLimit(int v) { facetLimit = v; return this; }
    public Builder sideways(boolean v) { sideways = v; return this; }
    public Builder limit(int v) { limit = v; return this; }
    public Builder offset(int v) { offset = v; return this; }
    public Builder sort(SortOrder v) { sort = v; return this; }
    public Builder allCopies(boolean v) { allCopies = v; return this; }
    public Builder countClusters(boolean v) { countClusters = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(query, any, states, from, to, officials, counties, facets, facetLimit, sideways, limit, offset,
          sort, allCopies, countClusters);
    }
  }
}
