package releases.search;

import java.util.List;

/**
 * One facet dimension as counted for a search: the values shown, in reading order and cut to the request's limit,
 * and what a reader needs to trust them: how many values there were before the cut, how many hits carry no value
 * at all, and whether the dimension was counted without its own filter (drill sideways).
 *
 * @param counts   the values shown
 * @param values   distinct values before the cut
 * @param missing  hits that carry no value of this dimension (an undated release, one that quotes nobody)
 * @param sideways true when the request filters on this dimension and the counts ignore that filter
 * @param clusters true when each count is of clusters of copies (a cluster once per value), false for releases
 */
public record Facet(List<FacetCount> counts, int values, long missing, boolean sideways, boolean clusters) {

  public Facet(List<FacetCount> counts, int values, long missing, boolean sideways) {
    this(counts, values, missing, sideways, false);
  }

  /** The same counts, said to be of clusters of copies ({@code true}) or of releases. */
  public Facet counting(boolean ofClusters) {
    return new Facet(counts, values, missing, sideways, ofClusters);
  }

  public Facet {
    counts = List.copyOf(counts);
    if (values < counts.size() || missing < 0) {
      throw new IllegalArgumentException("facet of " + counts.size() + " values out of " + values + ", missing " + missing);
    }
  }

  /** Whether the limit left values out. */
  public boolean truncated() {
    return counts.size() < values;
  }
}
