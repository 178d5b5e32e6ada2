package releases.serve;

import java.io.IOException;
import java.util.List;
import releases.UserException;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.SearchRequest;

/** The officials directory: everyone quoted (or quoted saying the words asked for), with roles, counts and dates. */
final class OfficialsPage {

  static final int SIZE = 50;

  private final Index index;

  OfficialsPage(Index index) {
    this.index = index;
  }

  Reply render(Call c) throws IOException {
    State state = State.of(c);
    List<OfficialSummary> all = null;
    String error = null;
    int page = 1;
    try {
      page = c.number("page", 1, 1, Limits.OFFSET / SIZE);
      SearchRequest request = Requests.of(c).build();
      all = index.officials(request);
    } catch (UserException e) {
      if (!e.usage()) {
        throw e;
      }
      error = e.getMessage();
    }
    StringBuilder sb = new StringBuilder("<h1>Officials</h1><div class=\"searchbar\">")
        .append(Layout.queryBox("/officials", state, "Only officials who said these words", error, "state", "from", "to"))
        .append(Chips.render(state)).append("</div>");
    if (all == null) {
      return Reply.html(400, Layout.page("Bad query", "Officials", sb.toString()));
    }
    int from = Math.min(all.size(), (page - 1) * SIZE);
    List<OfficialSummary> shown = all.subList(from, Math.min(all.size(), from + SIZE));
    sb.append("<h2 id=\"total\" data-total=\"").append(all.size()).append("\">")
        .append(Html.plural(all.size(), "official", "officials")).append("</h2>")
        .append("<table class=\"officials\"><thead><tr><th>Name</th><th>Roles</th><th>Quotes</th><th>Releases</th>")
        .append("<th>First</th><th>Last</th></tr></thead><tbody>");
    for (OfficialSummary o : shown) {
      sb.append("<tr><td><a class=\"official\" href=\"").append(Html.esc("/official?name=" + Html.enc(o.name()))).append("\">")
          .append(Html.esc(o.name())).append("</a></td><td>");
      for (RoleSpan r : o.roles()) {
        sb.append("<div>").append(Html.esc(role(r))).append("</div>");
      }
      sb.append("</td><td class=\"n\">").append(o.quotes()).append("</td><td class=\"n\">").append(o.releases())
          .append("</td><td>").append(o.first() != null ? o.first() : "").append("</td><td>")
          .append(o.last() != null ? o.last() : "").append("</td></tr>");
    }
    sb.append("</tbody></table>").append(Layout.pager(state, page, SIZE, all.size(), shown.size()))
        .append(Layout.downloads(state.on("/api/officials.csv"), state.on("/api/officials")));
    return Reply.html(Layout.page("Officials", "Officials", sb.toString()));
  }

  static String role(RoleSpan r) {
    String role = String.join(", ", java.util.stream.Stream.of(r.role(), r.organization())
        .filter(s -> s != null && !s.isBlank()).toList());
    return role.isEmpty() ? "(no role given)" : role;
  }
}
