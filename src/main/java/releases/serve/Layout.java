package releases.serve;

/** The frame every page shares: head (the shipped stylesheet and script only), the navigation, the main part. */
final class Layout {

  private Layout() {}

  static String page(String title, String active, String main) {
    StringBuilder sb = new StringBuilder(main.length() + 1024);
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.esc(title)).append(" \u2014 releases</title>")
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
        .append("<script src=\"/static/app.js\" defer></script></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">releases</a><nav>")
        .append(nav("/", "Search", active)).append(nav("/quotes", "Quotes", active))
        .append(nav("/officials", "Officials", active)).append("</nav></header><main>")
        .append(main).append("</main></body></html>\n");
    return sb.toString();
  }

  private static String nav(String href, String label, String active) {
    return "<a href=\"" + href + "\"" + (label.equals(active) ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
  }

  /** The one shape of an error page: its status and the one-line message. */
  static String error(int status, String message) {
    return page("Error " + status, "", "<h1>Error " + status + "</h1><p class=\"error\" id=\"error\">"
        + Html.esc(message) + "</p><p><a href=\"/\">Back to search</a></p>");
  }

  /** The query box, with the one-line error of a bad query under it, and the filters kept as hidden fields. */
  static String queryBox(String action, State state, String placeholder, String error, String... kept) {
    StringBuilder sb = new StringBuilder("<form class=\"query\" method=\"get\" action=\"").append(action).append("\">")
        .append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" maxlength=\"").append(Limits.QUERY)
        .append("\" placeholder=\"").append(Html.esc(placeholder)).append("\" value=\"")
        .append(Html.esc(state.values("q").isEmpty() ? "" : state.values("q").get(0))).append("\">");
    for (String name : kept) {
      for (String v : state.values(name)) {
        sb.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.esc(v)).append("\">");
      }
    }
    sb.append("<button type=\"submit\">Search</button></form>");
    if (error != null) {
      sb.append("<p class=\"error\" id=\"query-error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
    }
    return sb.toString();
  }

  /** CSV and JSON of what the page lists. */
  static String downloads(String csv, String json) {
    return "<p class=\"downloads\">Download: <a id=\"csv\" href=\"" + Html.esc(csv) + "\">CSV</a> \u00b7 "
        + "<a id=\"json\" href=\"" + Html.esc(json) + "\">JSON</a></p>";
  }

  /** Previous and next links around "showing 11-20 of 312". */
  static String pager(State state, int page, int size, long total, int shown) {
    if (total == 0) {
      return "";
    }
    long first = (long) (page - 1) * size + 1;
    StringBuilder sb = new StringBuilder("<nav class=\"pager\">");
    if (page > 1) {
      sb.append("<a rel=\"prev\" id=\"prev\" href=\"").append(Html.esc(state.set("page", page == 2 ? null : String.valueOf(page - 1)).url()))
          .append("\">\u2190 Previous</a> ");
    }
    sb.append("<span>").append(String.format(java.util.Locale.ROOT, "%,d\u2013%,d of %,d", first,
        first + shown - 1, total)).append("</span>");
    long next = (long) page * size;
    if (next < total && next < Limits.OFFSET) {
      sb.append(" <a rel=\"next\" id=\"next\" href=\"").append(Html.esc(state.set("page", String.valueOf(page + 1)).url()))
          .append("\">Next \u2192</a>");
    }
    return sb.append("</nav>").toString();
  }
}
