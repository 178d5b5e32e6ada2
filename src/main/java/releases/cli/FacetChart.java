package releases.cli;

import java.util.List;
import releases.search.Facet;
import releases.search.FacetCount;

/** A plain-text bar chart of facet counts, scaled to the largest count. */
final class FacetChart {

  private static final int WIDTH = 40;

  private FacetChart() {}

  static String render(String dimension, String query, long total, Facet facet) {
    StringBuilder sb = new StringBuilder();
    sb.append(dimension).append(" of ").append(total).append(total == 1 ? " release" : " releases")
        .append(query.isEmpty() ? "" : " matching " + query)
        .append(facet.clusters() ? ", counting clusters of copies (a release and its copies once)" : "");
    String note = FacetOptions.sidewaysNote(dimension, facet);
    sb.append(note == null ? "" : "; " + note).append('\n');
    List<FacetCount> counts = FacetOptions.rows(dimension, facet);
    if (counts.isEmpty()) {
      return sb.append("(no values)\n").toString();
    }
    int label = counts.stream().mapToInt(c -> c.value().length()).max().orElse(0);
    int max = facet.counts().stream().mapToInt(FacetCount::count).max().orElse(1);
    int digits = counts.stream().mapToInt(c -> String.valueOf(c.count()).length()).max().orElse(1);
    for (FacetCount c : facet.counts()) {
      int bar = Math.max(1, (int) Math.round((double) WIDTH * c.count() / max));
      sb.append(String.format("%-" + label + "s  %" + digits + "d  ", c.value(), c.count())).append("#".repeat(bar)).append('\n');
    }
    if (facet.missing() > 0) {
      // No bar: the releases without a value are not a value, and a long bar would squash the chart.
      sb.append(String.format("%-" + label + "s  %" + digits + "d", FacetOptions.missingLabel(dimension), facet.missing()))
          .append('\n');
    }
    return sb.toString();
  }
}
