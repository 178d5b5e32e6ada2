package releases.serve;

import java.io.IOException;
import releases.UserException;
import releases.search.QuoteHit;
import releases.search.QuoteResult;
import releases.search.SearchRequest;

/** The quotes search: words over what was said, filtered by official, state and dates, with who, when and where. */
final class QuotesPage {

  static final int SIZE = 20;

  private final Index index;

  QuotesPage(Index index) {
    this.index = index;
  }

  Reply render(Call c) throws IOException {
    State state = State.of(c);
    QuoteResult result = null;
    String error = null;
    int page = 1;
    try {
      page = c.number("page", 1, 1, Limits.OFFSET / SIZE);
      SearchRequest request = Requests.of(c).limit(SIZE).offset((page - 1) * SIZE).build();
      result = index.quotes(request);
    } catch (UserException e) {
      if (!e.usage()) {
        throw e;
      }
      error = e.getMessage();
    }
    StringBuilder sb = new StringBuilder("<h1>Quotes</h1><div class=\"searchbar\">")
        .append(Layout.queryBox("/quotes", state, "Words said, e.g. \"public safety\"", error, "state", "by", "from", "to", "sort"))
        .append(Chips.render(state)).append("</div>");
    if (result == null) {
      return Reply.html(400, Layout.page("Bad query", "Quotes", sb.toString()));
    }
    sb.append("<h2 id=\"total\" data-total=\"").append(result.total()).append("\">")
        .append(Html.plural(result.total(), "quote", "quotes"));
    if (!result.officials().isEmpty()) {
      sb.append(" by ").append(Html.esc(String.join(" or ", result.officials())));
    }
    sb.append("</h2><ol class=\"quotelist\" start=\"").append((page - 1) * SIZE + 1).append("\">");
    for (QuoteHit q : result.hits()) {
      sb.append(item(q));
    }
    sb.append("</ol>").append(Layout.pager(state, page, SIZE, result.total(), result.hits().size()))
        .append(Layout.downloads(shown(state, page).on("/api/quotes.csv"), shown(state, page).on("/api/quotes")));
    return Reply.html(Layout.page("Quotes", "Quotes", sb.toString()));
  }

  private static State shown(State state, int page) {
    return state.without("page").set("limit", String.valueOf(SIZE)).set("offset", String.valueOf((page - 1) * SIZE));
  }

  /** One quote with its matched words marked, its speaker linked, and the release it comes from. */
  static String item(QuoteHit q) {
    StringBuilder sb = new StringBuilder("<li class=\"quote\"><blockquote>").append(Html.marked(q.text()))
        .append("</blockquote><p class=\"meta\">\u2014 <a class=\"speaker\" href=\"")
        .append(Html.esc("/official?name=" + Html.enc(q.speaker()))).append("\">").append(Html.esc(q.speaker())).append("</a>");
    for (String part : new String[] {q.role(), q.organization()}) {
      if (part != null && !part.isBlank()) {
        sb.append(", ").append(Html.esc(part));
      }
    }
    sb.append(" \u00b7 <time>").append(q.date() != null ? q.date() : "undated").append("</time>");
    if (q.state() != null) {
      sb.append(" \u00b7 ").append(Html.esc(q.city() != null ? q.city() + ", " + q.state() : q.state()));
    }
    sb.append(" \u00b7 <a class=\"release\" href=\"").append(Html.esc("/release?id=" + Html.enc(q.releaseId()))).append("\">")
        .append(Html.esc(q.title() != null ? q.title() : q.releaseId())).append("</a></p></li>");
    return sb.toString();
  }
}
