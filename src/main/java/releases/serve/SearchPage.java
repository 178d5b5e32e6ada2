package releases.serve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.index.Fields;
import releases.search.Facet;
import releases.search.FacetCount;
import releases.search.Hit;
import releases.search.SearchRequest;
import releases.search.SearchResult;
import releases.search.Snippet;

/** The search page: query box, chips, the map, the timeline, facet lists, hits and paging, all from the URL. */
final class SearchPage {

  static final int SIZE = 10;
  private static final int LISTED = 10;
  /** Enough for every state, D.C. and territory on the map; years are never cut. */
  private static final int FACET_VALUES = 60;

  private final Index index;

  SearchPage(Index index) {
    this.index = index;
  }

  Reply render(Call c) throws IOException {
    State state = State.of(c);
    String error = null;
    SearchResult result = null;
    Map<String, List<String>> speakers = Map.of();
    boolean monthly = false;
    int page = 1;
    try {
      page = c.number("page", 1, 1, Limits.OFFSET / SIZE);
      SearchRequest.Builder b = Requests.of(c).limit(SIZE).offset((page - 1) * SIZE).facetLimit(FACET_VALUES)
          .facet(Fields.DIM_STATE).facet(Fields.DIM_YEAR).facet(Fields.DIM_OFFICIAL).facet(Fields.DIM_COUNTY);
      SearchRequest probe = b.build();
      monthly = monthly(probe.from(), probe.to());
      if (monthly) {
        b.facet(Fields.DIM_MONTH);
      }
      SearchRequest request = b.build();
      result = index.search(request);
      speakers = index.speakers(result.hits());
    } catch (UserException e) {
      if (!e.usage()) {
        throw e;
      }
      error = e.getMessage();
    }
    StringBuilder sb = new StringBuilder("<div class=\"searchbar\">")
        .append(Layout.queryBox("/", state, "Words, \"phrases\", title:, state:, date:[2010 TO 2011] \u2026", error,
            "state", "by", "county", "from", "to", "any", "sort"))
        .append(Chips.render(state)).append("</div>");
    if (result == null) {
      return Reply.html(400, Layout.page("Bad query", "Search", sb.toString()));
    }
    sb.append("<div class=\"layout\"><aside class=\"facets\">");
    facetList(sb, "Year", Fields.DIM_YEAR, result.facets().get(Fields.DIM_YEAR), state);
    facetList(sb, "State", Fields.DIM_STATE, result.facets().get(Fields.DIM_STATE), state);
    if (monthly) {
      facetList(sb, "Month", Fields.DIM_MONTH, result.facets().get(Fields.DIM_MONTH), state);
    }
    facetList(sb, "Official", Fields.DIM_OFFICIAL, result.facets().get(Fields.DIM_OFFICIAL), state);
    facetList(sb, "County", Fields.DIM_COUNTY, result.facets().get(Fields.DIM_COUNTY), state);
    sb.append("</aside><section class=\"results\">");
    sb.append("<div class=\"charts\"><figure>").append(TileMap.render(result.facets().get(Fields.DIM_STATE), state))
        .append("</figure><figure class=\"time\">")
        .append(Timeline.render(result.facets().get(monthly ? Fields.DIM_MONTH : Fields.DIM_YEAR), monthly, state))
        .append("<figcaption>Click a bar for its ").append(monthly ? "month" : "year")
        .append(", or drag across bars for a range.</figcaption></figure></div>");
    sb.append("<h2 id=\"total\" data-total=\"").append(result.total()).append("\">")
        .append(Html.plural(result.total(), "release matches", "releases match")).append("</h2>");
    sb.append("<ol class=\"hits\" start=\"").append((page - 1) * SIZE + 1).append("\">");
    for (Hit h : result.hits()) {
      hit(sb, h, speakers.getOrDefault(h.id(), List.of()));
    }
    sb.append("</ol>").append(Layout.pager(state, page, SIZE, result.total(), result.hits().size()))
        .append(Layout.downloads(shown(state, page).on("/api/search.csv"), shown(state, page).on("/api/search")))
        .append("</section></div>");
    String title = result.query().isEmpty() ? "Search" : result.query();
    return Reply.html(Layout.page(title, "Search", sb.toString()));
  }

  /** The parameters of the page shown, as the API takes them: its offset and size instead of its number. */
  static State shown(State state, int page) {
    return state.without("page").set("limit", String.valueOf(SIZE)).set("offset", String.valueOf((page - 1) * SIZE));
  }

  /** Months once the dates span three calendar years or fewer; years otherwise. */
  static boolean monthly(LocalDate from, LocalDate to) {
    return from != null && to != null && to.getYear() - from.getYear() <= 2;
  }

  private static void hit(StringBuilder sb, Hit h, List<String> speakers) {
    sb.append("<li class=\"hit\"><h3><a class=\"title\" href=\"").append(Html.esc("/release?id=" + Html.enc(h.id())))
        .append("\">").append(Html.esc(h.title() != null ? h.title() : h.id())).append("</a></h3><p class=\"meta\">")
        .append("<time>").append(h.date() != null ? h.date() : "undated").append("</time>");
    String place = String.join(", ", java.util.stream.Stream.of(h.city(), h.state()).filter(s -> s != null && !s.isBlank()).toList());
    if (!place.isEmpty()) {
      sb.append(" \u00b7 <span class=\"dateline\">").append(Html.esc(place)).append("</span>");
    }
    if (!speakers.isEmpty()) {
      sb.append(" \u00b7 <span class=\"speakers\">");
      for (int i = 0; i < speakers.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(Html.a("/official?name=" + Html.enc(speakers.get(i)), speakers.get(i)));
      }
      sb.append("</span>");
    }
    sb.append("</p>");
    for (Snippet s : h.snippets()) {
      sb.append("<p class=\"snippet\">\u2026 ").append(Html.marked(s)).append(" \u2026</p>");
    }
    if (!h.copies().isEmpty()) {
      // As the command line says it: the hit is the earliest of its cluster, and these are the others.
      sb.append("<p class=\"copies\">+").append(Html.plural(h.copies().size(), "copy", "copies")).append(": ");
      for (int i = 0; i < h.copies().size(); i++) {
        String id = h.copies().get(i);
        sb.append(i > 0 ? ", " : "").append(Html.a("/release?id=" + Html.enc(id), id));
      }
      sb.append("</p>");
    }
    sb.append("</li>");
  }

  /** One dimension's values as links that add or remove them, most frequent first (years in order). */
  private static void facetList(StringBuilder sb, String label, String dim, Facet f, State state) {
    if (f == null) {
      return;
    }
    sb.append("<section class=\"facet\" id=\"facet-").append(dim).append("\"><h3>").append(label);
    if (f.sideways()) {
      sb.append(" <small title=\"counted as if this filter were lifted (drill sideways)\">any</small>");
    }
    sb.append("</h3><ul>");
    List<FacetCount> rows = dim.equals(Fields.DIM_YEAR) || dim.equals(Fields.DIM_MONTH)
        ? f.counts().stream().sorted((a, b) -> b.value().compareTo(a.value())).toList() : f.counts();
    int shown = 0;
    for (FacetCount c : rows) {
      if (shown++ == LISTED && !dim.equals(Fields.DIM_YEAR)) {
        break;
      }
      boolean on = Chips.selected(state, dim, c.value());
      sb.append("<li><a").append(on ? " class=\"selected\"" : "").append(" data-value=\"").append(Html.esc(c.value()))
          .append("\" href=\"").append(Html.esc(Chips.toggle(state, dim, c.value()).url())).append("\">")
          .append(Html.esc(c.value())).append("</a> <span class=\"count\">")
          .append(String.format(java.util.Locale.ROOT, "%,d", c.count())).append("</span></li>");
    }
    sb.append("</ul>");
    if (rows.size() > LISTED && !dim.equals(Fields.DIM_YEAR)) {
      sb.append("<p class=\"more\">").append(String.format(java.util.Locale.ROOT, "%,d", f.values() - LISTED))
          .append(" more (<a href=\"").append(Html.esc(state.without("page", "sort").set("dim", dim).on("/api/facets")))
          .append("\">all as JSON</a>)</p>");
    }
    sb.append("</section>");
  }
}
