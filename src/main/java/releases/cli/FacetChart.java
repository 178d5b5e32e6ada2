package releases.cli;

import java.util.List;
import releases.search.FacetCount;

/** A plain-text bar chart of facet counts, scaled to the largest count. */
final class FacetChart {

  private static final int WIDTH = 40;

  private FacetChart() {}

  static String render(String dimension, String query, long total, List<FacetCount> counts) {
    StringBuilder sb = new StringBuilder();
    sb.append(dimension).append(" of ").append(total).append(total == 1 ? " release" : " releases")
        .append(query.isEmpty() ? "" : " matching " + query).append('\n');
    if (counts.isEmpty()) {
      return sb.append("(no values)\n").toString();
    }
    int label = counts.stream().mapToInt(c -> c.value().length()).max().orElse(0);
    int max = counts.stream().mapToInt(FacetCount::count).max().orElse(1);
    int digits = String.valueOf(max).length();
    for (FacetCount c : counts) {
      int bar = Math.max(1, (int) Math.round((double) WIDTH * c.count() / max));
      sb.append(String.format("%-" + label + "s  %" + digits + "d  ", c.value(), c.count())).append("#".repeat(bar)).append('\n');
    }
    return sb.toString();
  }
}
