package releases.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import releases.ingest.Provenance;
import releases.search.Facet;
import releases.search.FacetCount;
import releases.search.Hit;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.QuoteHit;
import releases.search.QuoteResult;
import releases.search.SearchResult;
import releases.search.Snippet;

/** The CSV of every list (RFC 4180, CRLF line ends), shared by {@code --format csv} and the server's downloads. */
public final class Csv {

  private Csv() {}

  public static String search(SearchResult r) {
    StringBuilder sb = new StringBuilder(
        "id,path,title,date,city,state,score,snippets,counties,format,source_url,captured\r\n");
    for (Hit h : r.hits()) {
      Provenance p = h.provenance();
      sb.append(row(h.id(), h.path(), h.title(), h.date(), h.city(), h.state(),
          h.scored() ? String.format(Locale.ROOT, "%.4f", h.score()) : "",
          String.join(" ... ", h.snippets().stream().map(Snippet::text).toList()), String.join("; ", h.counties()),
          p.format(), p.sourceUrl(), p.captured()));
    }
    return sb.toString();
  }

  public static String quotes(QuoteResult r) {
    StringBuilder sb = new StringBuilder(
        "speaker,role,organization,date,city,state,release_id,title,text,format,source_url,captured,releases,first\r\n");
    for (QuoteHit h : r.hits()) {
      Provenance p = h.provenance();
      sb.append(row(h.speaker(), h.role(), h.organization(), h.date(), h.city(), h.state(), h.releaseId(), h.title(),
          h.text().text(), p.format(), p.sourceUrl(), p.captured(), h.releases(), h.first()));
    }
    return sb.toString();
  }

  /** One row an official (their totals), then one row a role they held. */
  public static String officials(List<OfficialSummary> officials) {
    StringBuilder sb = new StringBuilder("name,role,organization,quotes,releases,first,last\r\n");
    for (OfficialSummary o : officials) {
      sb.append(row(o.name(), "", "", o.quotes(), o.releases(), o.first(), o.last()));
      for (RoleSpan r : o.roles()) {
        sb.append(row(o.name(), r.role(), r.organization(), r.quotes(), "", r.first(), r.last()));
      }
    }
    return sb.toString();
  }

  /** {@code value,count,missing}, one row a line, the missing row last with {@code missing} true. */
  public static String facet(String dim, Facet f) {
    StringBuilder sb = new StringBuilder("value,count,missing\r\n");
    for (FacetCount c : f.counts()) {
      sb.append(row(c.value(), c.count(), false));
    }
    if (f.missing() > 0) {
      sb.append(row(Shapes.missingLabel(dim), f.missing(), true));
    }
    return sb.toString();
  }

  private static String row(Object... cells) {
    List<String> out = new ArrayList<>();
    for (Object c : cells) {
      out.add(cell(c == null ? "" : c.toString()));
    }
    return String.join(",", out) + "\r\n";
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. */
  public static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
