package releases.serve;

import java.util.Map;
import releases.index.States;
import releases.search.Facet;
import releases.search.FacetCount;

/**
 * The U.S. as a tile grid, one square per state, D.C. and the territories in a row below, each shaded by its
 * count of matches and linked to the search filtered to it (or, when selected, without it).
 */
final class TileMap {

  /** USPS code, column, row. */
  private static final Object[][] TILES = {
    {"AK", 0, 0}, {"ME", 11, 0},
    {"VT", 9, 1}, {"NH", 10, 1},
    {"WA", 0, 2}, {"ID", 1, 2}, {"MT", 2, 2}, {"ND", 3, 2}, {"MN", 4, 2}, {"IL", 5, 2}, {"WI", 6, 2}, {"MI", 7, 2},
    {"NY", 8, 2}, {"RI", 9, 2}, {"MA", 10, 2},
    {"OR", 0, 3}, {"NV", 1, 3}, {"WY", 2, 3}, {"SD", 3, 3}, {"IA", 4, 3}, {"IN", 5, 3}, {"OH", 6, 3}, {"PA", 7, 3},
    {"NJ", 8, 3}, {"CT", 9, 3},
    {"CA", 0, 4}, {"UT", 1, 4}, {"CO", 2, 4}, {"NE", 3, 4}, {"MO", 4, 4}, {"KY", 5, 4}, {"WV", 6, 4}, {"VA", 7, 4},
    {"MD", 8, 4}, {"DE", 9, 4},
    {"AZ", 1, 5}, {"NM", 2, 5}, {"KS", 3, 5}, {"AR", 4, 5}, {"TN", 5, 5}, {"NC", 6, 5}, {"SC", 7, 5}, {"DC", 8, 5},
    {"OK", 3, 6}, {"LA", 4, 6}, {"MS", 5, 6}, {"AL", 6, 6}, {"GA", 7, 6},
    {"HI", 0, 7}, {"TX", 3, 7}, {"FL", 8, 7},
    {"PR", 7, 8}, {"VI", 8, 8}, {"GU", 9, 8}, {"MP", 10, 8}, {"AS", 11, 8},
  };

  private static final int SIZE = 40;
  private static final int GAP = 3;

  private TileMap() {}

  static String render(Facet states, State state) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    int max = 0;
    for (FacetCount c : states.counts()) {
      counts.put(c.value(), c.count());
      max = Math.max(max, c.count());
    }
    int step = SIZE + GAP;
    StringBuilder sb = new StringBuilder("<svg class=\"tilemap\" id=\"map\" role=\"img\" viewBox=\"0 0 ")
        .append(12 * step).append(' ').append(9 * step + 8)
        .append("\" aria-label=\"Matches by state\"><title>Matches by state</title>");
    for (Object[] t : TILES) {
      String code = (String) t[0];
      String name = States.resolve(code).orElseThrow();
      int n = counts.getOrDefault(name, 0);
      int x = (int) t[1] * step;
      int y = (int) t[2] * step + ((int) t[2] == 8 ? 8 : 0);
      boolean selected = state.has("state", name) || state.has("state", code);
      String href = state.toggle("state", selected && !state.has("state", name) ? code : name).url();
      sb.append("<a class=\"tile").append(selected ? " selected" : "").append("\" data-state=\"").append(code)
          .append("\" data-count=\"").append(n).append("\" href=\"").append(Html.esc(href)).append("\">")
          .append("<title>").append(Html.esc(name)).append(": ").append(Html.plural(n, "match", "matches")).append("</title>")
          .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(SIZE)
          .append("\" height=\"").append(SIZE).append("\" rx=\"3\" class=\"shade").append(shade(n, max)).append("\"/>")
          .append("<text x=\"").append(x + SIZE / 2).append("\" y=\"").append(y + SIZE / 2 + 5)
          .append("\" class=\"").append(shade(n, max) >= 4 ? "light" : "dark").append("\">").append(code).append("</text></a>");
    }
    return sb.append("</svg>").toString();
  }

  /** 0 for none, then 1-5 by the share of the largest count (square root, so small counts still show). */
  static int shade(int n, int max) {
    if (n <= 0 || max <= 0) {
      return 0;
    }
    return 1 + (int) Math.min(4, Math.floor(Math.sqrt((double) n / max) * 5));
  }
}
