package releases.search;

import java.util.Objects;

/** How many hits carry one value of a facet dimension. */
public record FacetCount(String value, int count) {

  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("negative facet count");
    }
  }
}
