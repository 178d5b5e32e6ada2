package releases.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.index.Fields;
import releases.search.Facet;
import releases.search.FacetCount;
import releases.search.Hit;
import releases.search.OfficialSummary;
import releases.search.OfficialSummary.RoleSpan;
import releases.search.QuoteHit;
import releases.search.QuoteResult;
import releases.search.ReleaseView;
import releases.search.SearchResult;
import releases.search.Snippet;

/**
 * The JSON shape of every result, as maps and lists for {@link Json}: one definition for the command line's
 * {@code --format json} and the server's {@code /api/}, so both name every field the same way.
 */
public final class Shapes {

  private Shapes() {}

  /** {@code search --format json}: query, total, truncated, hits and (when asked for) facets. */
  public static Map<String, Object> search(SearchResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", r.query());
    m.put("total", r.total());
    m.put("truncated", r.hits().size() < r.listed());
    // How many hits the releases make with copies folded; null when each copy is a hit (--all-copies, OpenSearch).
    m.put("clusters", r.folded() ? r.clusters() : null);
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", h.id());
      o.put("path", h.path());
      o.put("format", h.provenance().format());
      o.put("source_url", h.provenance().sourceUrl());
      o.put("captured", h.provenance().captured());
      o.put("title", h.title());
      o.put("date", h.date());
      o.put("city", h.city());
      o.put("state", h.state());
      o.put("counties", h.counties());
      o.put("score", h.scored() ? h.score() : null);
      o.put("snippets", h.snippets().stream().map(Snippet::text).toList());
      o.put("copies", h.copies());
      hits.add(o);
    }
    m.put("hits", hits);
    if (!r.facets().isEmpty()) {
      m.put("facets", facets(r.facets()));
    }
    return m;
  }

  public static Map<String, Object> facets(Map<String, Facet> facets) {
    Map<String, Object> m = new LinkedHashMap<>();
    facets.forEach((dim, f) -> m.put(dim, facet(dim, f)));
    return m;
  }

  /** {@code facets DIM --format json}: the query, the total, the dimension and that facet's members. */
  public static Map<String, Object> facetsCommand(SearchResult r, String dim) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", r.query());
    m.put("total", r.total());
    m.put("dimension", dim);
    m.putAll(facet(dim, r.facets().get(dim)));
    return m;
  }

  /** The JSON members of one facet: its rows (the missing row marked), and what the limit and filters did. */
  public static Map<String, Object> facet(String dim, Facet f) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> values = new ArrayList<>();
    for (FacetCount c : f.counts()) {
      values.add(count(c));
    }
    if (f.missing() > 0) {
      Map<String, Object> row = count(new FacetCount(missingLabel(dim), Math.toIntExact(f.missing())));
      row.put("missing", true);
      values.add(row);
    }
    m.put("values", values);
    m.put("values_total", f.values());
    m.put("truncated", f.truncated());
    m.put("missing", f.missing());
    m.put("sideways", f.sideways());
    m.put("counts", f.clusters() ? "clusters" : "releases");
    return m;
  }

  private static Map<String, Object> count(FacetCount c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", c.value());
    m.put("count", c.count());
    return m;
  }

  /** The row that counts hits with no value of {@code dim}: an undated release, one that quotes nobody. */
  public static String missingLabel(String dim) {
    return switch (dim) {
      case Fields.DIM_YEAR, Fields.DIM_MONTH -> "(undated)";
      case Fields.DIM_OFFICIAL -> "(no official quoted)";
      default -> "(no " + dim + ")";
    };
  }

  /** {@code quotes --format json}: total, truncated, the officials the names resolved to, and the quotes. */
  public static Map<String, Object> quotes(QuoteResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("truncated", r.hits().size() < r.listed());
    m.put("distinct", r.folded() ? r.distinct() : null);
    if (!r.officials().isEmpty()) {
      m.put("officials", r.officials());
    }
    m.put("quotes", r.hits().stream().map(Shapes::quote).toList());
    return m;
  }

  /** One quote: the elements of {@code quotes}, and each line of {@code --format jsonl}. */
  public static Map<String, Object> quote(QuoteHit h) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("speaker", h.speaker());
    o.put("role", h.role());
    o.put("organization", h.organization());
    o.put("text", h.text().text());
    o.put("release_id", h.releaseId());
    o.put("date", h.date());
    o.put("state", h.state());
    o.put("title", h.title());
    o.put("city", h.city());
    o.put("path", h.path());
    o.put("format", h.provenance().format());
    o.put("source_url", h.provenance().sourceUrl());
    o.put("captured", h.provenance().captured());
    o.put("copies", h.copies());
    o.put("releases", h.releases());
    o.put("first", h.first());
    return o;
  }

  /** {@code officials --format json}: the first officials of a directory of {@code total}. */
  public static Map<String, Object> officials(List<OfficialSummary> officials, int total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("truncated", officials.size() < total);
    m.put("officials", officials.stream().map(Shapes::official).toList());
    return m;
  }

  public static Map<String, Object> official(OfficialSummary o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", o.name());
    List<Object> roles = new ArrayList<>();
    for (RoleSpan r : o.roles()) {
      Map<String, Object> role = new LinkedHashMap<>();
      role.put("role", r.role());
      role.put("organization", r.organization());
      role.put("first", r.first());
      role.put("last", r.last());
      role.put("quotes", r.quotes());
      roles.add(role);
    }
    m.put("roles", roles);
    m.put("quotes", o.quotes());
    m.put("releases", o.releases());
    m.put("first", o.first());
    m.put("last", o.last());
    m.put("distinct_quotes", o.distinct());
    return m;
  }

  /** {@code show ID --format json}: the release's listed fields, its quotes in order, and its body. */
  public static Map<String, Object> release(ReleaseView v) {
    Hit h = v.release();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("path", h.path());
    m.put("format", h.provenance().format());
    m.put("source_url", h.provenance().sourceUrl());
    m.put("captured", h.provenance().captured());
    m.put("title", h.title());
    m.put("date", h.date());
    m.put("city", h.city());
    m.put("state", h.state());
    m.put("counties", h.counties());
    List<Object> quotes = new ArrayList<>();
    for (QuoteHit q : v.quotes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("speaker", q.speaker());
      o.put("role", q.role());
      o.put("organization", q.organization());
      o.put("text", q.text().text());
      quotes.add(o);
    }
    m.put("quotes", quotes);
    m.put("body", v.body());
    m.put("paragraphs", paragraphs(v.paragraphs()));
    return m;
  }

  /** Each paragraph of a body: its text, whether it is boilerplate, and whether it is new (when asked). */
  public static List<Object> paragraphs(List<ReleaseView.Paragraph> paragraphs) {
    List<Object> out = new ArrayList<>(paragraphs.size());
    for (ReleaseView.Paragraph p : paragraphs) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("text", p.text());
      o.put("boilerplate", p.boilerplate());
      if (p.fresh() != null) {
        o.put("new", p.fresh());
      }
      out.add(o);
    }
    return out;
  }
}
