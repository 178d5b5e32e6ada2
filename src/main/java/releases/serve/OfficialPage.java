package releases.serve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.search.Facet;
import releases.search.FacetCount;
import releases.search.Hit;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.QuoteResult;
import releases.search.SearchRequest;
import releases.search.SearchResult;
import releases.search.SortOrder;

/** One official: roles over time, their quotes per year on a timeline and the first of them, and their releases. */
final class OfficialPage {

  private static final int QUOTES = 20;
  private static final int RELEASES = 20;

  private final Index index;

  OfficialPage(Index index) {
    this.index = index;
  }

  Reply render(Call c) throws IOException {
    String name = c.param("name");
    if (name == null) {
      throw UserException.usage("an official's page needs ?name=NAME");
    }
    // The whole directory is worked out once at start; a name that is not a canonical one is resolved as --by does.
    OfficialSummary o = index.officials(SearchRequest.query("").build()).stream()
        .filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    if (o == null) {
      o = index.officials(SearchRequest.query("").official(name).build()).stream().findFirst()
          .orElseThrow(() -> new HttpError(404, "no quotes by '" + name + "'"));
    }
    QuoteResult quotes = index.quotes(SearchRequest.query("").official(o.name()).limit(QUOTES).build());
    SearchResult releases = index.search(SearchRequest.query("").official(o.name()).limit(RELEASES)
        .sort(SortOrder.DATE_DESC).build());
    StringBuilder sb = new StringBuilder("<h1 id=\"name\">").append(Html.esc(o.name())).append("</h1><p class=\"meta\">")
        .append(Html.plural(o.quotes(), "quote", "quotes")).append(" in ").append(Html.plural(o.releases(), "release", "releases"));
    if (o.first() != null) {
      sb.append(", ").append(o.first()).append(o.first().equals(o.last()) ? "" : " to " + o.last());
    }
    sb.append("</p><h2>Roles over time</h2><table class=\"roles\" id=\"roles\"><thead><tr><th>Role</th><th>From</th>")
        .append("<th>To</th><th>Quotes</th></tr></thead><tbody>");
    List<RoleSpan> roles = new ArrayList<>(o.roles());
    roles.sort(java.util.Comparator.comparing(RoleSpan::first, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    for (RoleSpan r : roles) {
      sb.append("<tr><td>").append(Html.esc(OfficialsPage.role(r))).append("</td><td>").append(r.first() != null ? r.first() : "")
          .append("</td><td>").append(r.last() != null ? r.last() : "").append("</td><td class=\"n\">").append(r.quotes())
          .append("</td></tr>");
    }
    // Their quotes counted per year, one count a year; a bar opens the quotes of its year.
    sb.append("</tbody></table><h2>Quoted per year</h2>")
        .append(Timeline.render(quotesPerYear(index, o), false, new State("/quotes", Map.of("by", List.of(o.name())))))
        .append("<p class=\"meta\">Quotes of ").append(Html.esc(o.name()))
        .append(" per year; a bar lists that year's quotes.</p>")
        .append("<h2>Quotes</h2><ol class=\"quotelist\">");
    quotes.hits().forEach(q -> sb.append(QuotesPage.item(q)));
    sb.append("</ol><p>").append(Html.a("/quotes?by=" + Html.enc(o.name()), "All " + Html.plural(quotes.total(), "quote", "quotes")))
        .append("</p><h2>Releases</h2><ul class=\"releases\">");
    for (Hit h : releases.hits()) {
      sb.append("<li>").append(h.date() != null ? h.date() + " " : "").append(Html.a("/release?id=" + Html.enc(h.id()),
          h.title() != null ? h.title() : h.id())).append("</li>");
    }
    sb.append("</ul><p>").append(Html.a("/?by=" + Html.enc(o.name()), "All " + Html.plural(releases.total(), "release", "releases")))
        .append("</p>").append(Layout.downloads("/api/quotes.csv?by=" + Html.enc(o.name()) + "&limit=" + Limits.PAGE,
            "/api/officials?by=" + Html.enc(o.name())));
    return Reply.html(Layout.page(o.name(), "Officials", sb.toString()));
  }

  /** At most this many years are counted, back from the official's last quote. */
  private static final int MAX_YEARS = 40;

  /** The official's quotes per year, from the first quote to the last: one count query a year, no quote read. */
  private static Facet quotesPerYear(Index index, OfficialSummary o) throws IOException {
    List<FacetCount> counts = new ArrayList<>();
    if (o.first() != null && o.last() != null) {
      int last = o.last().getYear();
      for (int y = Math.max(o.first().getYear(), last - MAX_YEARS + 1); y <= last; y++) {
        long n = index.quotes(SearchRequest.query("").official(o.name()).from(LocalDate.of(y, 1, 1))
            .to(LocalDate.of(y, 12, 31)).limit(0).build()).total();
        if (n > 0) {
          counts.add(new FacetCount(String.valueOf(y), (int) n));
        }
      }
    }
    return new Facet(counts, counts.size(), 0, false);
  }
}
