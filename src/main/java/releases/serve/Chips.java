package releases.serve;

import java.util.List;
import releases.index.Fields;

/**
 * The selected filters as removable chips, and what selecting a facet value means for the URL: states, officials
 * and counties add up; a year or a month sets the date range to it.
 */
final class Chips {

  private Chips() {}

  /** The URL parameter a dimension filters by. */
  static String param(String dim) {
    return switch (dim) {
      case Fields.DIM_OFFICIAL -> "by";
      case Fields.DIM_YEAR, Fields.DIM_MONTH -> "from";
      default -> dim;
    };
  }

  static boolean selected(State state, String dim, String value) {
    if (dim.equals(Fields.DIM_YEAR) || dim.equals(Fields.DIM_MONTH)) {
      return state.values("from").equals(List.of(value)) && state.values("to").equals(List.of(value));
    }
    return state.has(param(dim), value);
  }

  static State toggle(State state, String dim, String value) {
    if (dim.equals(Fields.DIM_YEAR) || dim.equals(Fields.DIM_MONTH)) {
      return selected(state, dim, value) ? state.without("from", "to", "page") : state.set("from", value).set("to", value);
    }
    return state.toggle(param(dim), value);
  }

  static String render(State state) {
    StringBuilder sb = new StringBuilder("<ul class=\"chips\" id=\"chips\">");
    int n = 0;
    for (String[] p : new String[][] {{"state", "State"}, {"by", "Official"}, {"county", "County"}}) {
      for (String v : state.values(p[0])) {
        sb.append(chip(p[1] + ": " + v, state.toggle(p[0], v), p[0]));
        n++;
      }
    }
    List<String> from = state.values("from");
    List<String> to = state.values("to");
    if (!from.isEmpty() || !to.isEmpty()) {
      String f = from.isEmpty() ? "\u2026" : from.get(0);
      String t = to.isEmpty() ? "\u2026" : to.get(0);
      sb.append(chip("Dates: " + (f.equals(t) ? f : f + " to " + t), state.without("from", "to", "page"), "dates"));
      n++;
    }
    if (!state.values("any").isEmpty()) {
      sb.append(chip("Any word", state.without("any", "page"), "any"));
      n++;
    }
    if (n > 1) {
      sb.append("<li><a class=\"clear\" href=\"").append(Html.esc(state.without("state", "by", "county", "from", "to",
          "any", "page").url())).append("\">Clear all</a></li>");
    }
    return sb.append("</ul>").toString();
  }

  private static String chip(String label, State without, String kind) {
    return "<li class=\"chip\" data-kind=\"" + kind + "\">" + Html.esc(label) + " <a class=\"remove\" aria-label=\"Remove "
        + Html.esc(label) + "\" href=\"" + Html.esc(without.url()) + "\">\u00d7</a></li>";
  }
}
