package releases.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.search.Facet;
import releases.search.FacetCount;

/**
 * Matches per year (or per month, once the dates are narrowed to a few years) as bars; a bar links to its
 * period, and the page's script turns a drag across bars into the range from the first to the last.
 */
final class Timeline {

  private static final int HEIGHT = 90;

  private Timeline() {}

  /** {@code monthly} when the bars are months ("2011-05"), else years; missing periods get empty bars. */
  static String render(Facet facet, boolean monthly, State state) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FacetCount c : facet.counts()) {
      counts.put(c.value(), c.count());
    }
    List<String> periods = periods(counts.keySet().stream().sorted().toList(), monthly);
    if (periods.isEmpty()) {
      return "<p class=\"empty\" id=\"timeline\">No dated matches.</p>";
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int width = Math.max(8, Math.min(40, 720 / periods.size()));
    StringBuilder sb = new StringBuilder("<svg class=\"timeline\" id=\"timeline\" data-unit=\"")
        .append(monthly ? "month" : "year").append("\" viewBox=\"0 0 ").append(periods.size() * width).append(' ')
        .append(HEIGHT + 18).append("\" role=\"img\" aria-label=\"Matches per ").append(monthly ? "month" : "year")
        .append("\"><title>Matches per ").append(monthly ? "month" : "year").append("; drag across bars for a range</title>");
    int label = Math.max(1, periods.size() / 12);
    for (int i = 0; i < periods.size(); i++) {
      String p = periods.get(i);
      int n = counts.getOrDefault(p, 0);
      int h = n == 0 ? 0 : Math.max(2, (int) Math.round((double) n / max * HEIGHT));
      String href = state.set("from", p).set("to", p).url();
      sb.append("<a class=\"bar\" data-period=\"").append(p).append("\" data-count=\"").append(n).append("\" href=\"")
          .append(Html.esc(href)).append("\"><title>").append(p).append(": ").append(Html.plural(n, "match", "matches"))
          .append("</title><rect class=\"hit\" x=\"").append(i * width).append("\" y=\"0\" width=\"").append(width)
          .append("\" height=\"").append(HEIGHT).append("\"/><rect class=\"fill\" x=\"").append(i * width + 1)
          .append("\" y=\"").append(HEIGHT - h).append("\" width=\"").append(width - 2).append("\" height=\"").append(h)
          .append("\"/>");
      if (i % label == 0) {
        sb.append("<text x=\"").append(i * width + width / 2).append("\" y=\"").append(HEIGHT + 14).append("\">")
            .append(monthly ? p.substring(2) : p).append("</text>");
      }
      sb.append("</a>");
    }
    return sb.append("</svg>").toString();
  }

  /** Every period from the first to the last value, so a gap shows as an empty bar. */
  private static List<String> periods(List<String> values, boolean monthly) {
    List<String> out = new ArrayList<>();
    List<String> valid = values.stream().filter(v -> v.matches(monthly ? "\\d{4}-\\d{2}" : "\\d{4}")).toList();
    if (valid.isEmpty()) {
      return out;
    }
    String first = valid.get(0);
    String last = valid.get(valid.size() - 1);
    if (!monthly) {
      for (int y = Integer.parseInt(first); y <= Integer.parseInt(last); y++) {
        out.add(String.valueOf(y));
      }
      return out;
    }
    java.time.YearMonth m = java.time.YearMonth.parse(first);
    java.time.YearMonth end = java.time.YearMonth.parse(last);
    for (; !m.isAfter(end); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }
}
