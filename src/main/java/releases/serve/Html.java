package releases.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import releases.search.Snippet;

/**
 * Writing HTML safely: every piece of release text goes through {@link #esc}, so markup in a release shows as
 * text; the only tags are the ones written here.
 */
final class Html {

  private Html() {}

  /** Text for an element's content or a quoted attribute value. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A snippet with its matched words in {@code <mark>}. */
  static String marked(Snippet s) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Snippet.Match m : s.matches()) {
      if (m.start() < at) {
        continue;
      }
      sb.append(esc(s.text().substring(at, m.start()))).append("<mark>")
          .append(esc(s.text().substring(m.start(), m.end()))).append("</mark>");
      at = m.end();
    }
    return sb.append(esc(s.text().substring(at))).toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code path?a=1&b=2} from parameters in order, each value encoded. */
  static String url(String path, Map<String, List<String>> params) {
    StringBuilder sb = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
        sep = '&';
      }
    }
    return sb.toString();
  }

  /** A link to {@code href} (already a safe local URL) with escaped text. */
  static String a(String href, Object text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** An outside address as a link only when it is http or https; anything else ({@code javascript:}) stays text. */
  static String external(String url) {
    if (url == null) {
      return "";
    }
    String u = url.strip();
    if (u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7)) {
      return "<a rel=\"noopener noreferrer nofollow\" href=\"" + esc(u) + "\">" + esc(u) + "</a>";
    }
    return "<span class=\"url\">" + esc(u) + "</span>";
  }

  static String plural(long n, String one, String many) {
    return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
