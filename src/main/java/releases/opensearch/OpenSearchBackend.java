package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.index.Fields;
import releases.search.Backend;
import releases.search.Facet;
import releases.search.Hit;
import releases.search.OfficialSummary;
import releases.search.OfficialTally;
import releases.search.Officials;
import releases.search.Officials.Official;
import releases.search.QuoteHit;
import releases.search.QuoteResult;
import releases.search.ReleaseView;
import releases.search.SearchRequest;
import releases.search.SearchResult;
import releases.search.SearchSupport;
import releases.search.Snippet;
import releases.search.SortOrder;

/**
 * Runs searches on an OpenSearch cluster: the query parsed locally and sent as query DSL, facets as terms
 * aggregations counted sideways (filters in {@code post_filter}), snippets from the unified highlighter.
 */
public final class OpenSearchBackend implements Backend {

  /** Values fetched per facet dimension; all of them for any realistic corpus (there are some 3,200 US counties). */
  private static final int FACET_VALUES = 10_000;

  private final Indexes indexes;
  private List<Official> officials;

  public OpenSearchBackend(Indexes indexes) {
    this.indexes = indexes;
  }

  @Override
  public SearchResult search(SearchRequest r) throws IOException {
    if (r.countClusters()) {
      // Copies are clustered by the embedded index only; here every release is a hit of its own (docs/copies.md).
      throw releases.UserException.usage("--count clusters needs the embedded index: OpenSearch does not cluster copies");
    }
    ObjectNode text = QueryTranslator.translate(SearchSupport.releaseQuery(r.query(), r.any(), officials()));
    ObjectNode base = Requests.bool(List.of(text), dates(r));
    Map<String, ObjectNode> filters = new LinkedHashMap<>();
    if (!r.states().isEmpty()) {
      filters.put(Fields.DIM_STATE, Requests.terms(Fields.STATE, r.states()));
    }
    if (!r.officials().isEmpty()) {
      List<Official> chosen = new ArrayList<>();
      for (String typed : r.officials()) {
        chosen.add(SearchSupport.chooseOfficial(typed, officials(), o ->
            count(indexes.releases(), Requests.bool(List.of(base), List.of(officialFilter(List.of(o)))))));
      }
      filters.put(Fields.DIM_OFFICIAL, officialFilter(chosen));
    }
    if (!r.counties().isEmpty()) {
      filters.put(Fields.DIM_COUNTY, Requests.anyPhrase(Fields.COUNTY, r.counties(), "--county"));
    }
    SortOrder order = r.query().isEmpty() && r.sort() == SortOrder.RELEVANCE ? SortOrder.DATE_DESC : r.sort();
    ObjectNode req = Requests.page(r, order);
    req.set("query", base);
    if (!filters.isEmpty()) {
      req.set("post_filter", Requests.bool(List.of(), List.copyOf(filters.values())));
    }
    req.putArray("_source").add(Fields.ID).add(Fields.PATH).add(Documents.HEADLINE).add(Fields.DATE)
        .add(Fields.CITY).add(Fields.STATE).add(Fields.COUNTY).add(Documents.FORMAT).add(Documents.SOURCE_URL)
        .add(Documents.CAPTURED);
    req.set("highlight", Highlights.request(Fields.BODY, text, false));
    Map<String, JsonNode> dimFilters = new LinkedHashMap<>();
    for (String dim : r.facets()) {
      List<ObjectNode> others = new ArrayList<>();
      filters.forEach((d, f) -> {
        if (!d.equals(dim) || !r.sideways()) {
          others.add(f);
        }
      });
      ObjectNode agg = req.with("aggs").putObject(dim);
      agg.set("filter", Requests.bool(List.of(), others));
      dimFilters.put(dim, agg.get("filter"));
      ObjectNode sub = agg.putObject("aggs");
      if (dim.equals(Fields.DIM_OFFICIAL)) {
        OfficialFacet.request(sub, officials(), 0);
      } else {
        sub.putObject("values").putObject("terms").put("field", facetField(dim)).put("size", FACET_VALUES);
      }
      sub.putObject("missing").putObject("missing").put("field", facetField(dim));
    }
    JsonNode res = indexes.client().call("POST", "/" + indexes.releases() + "/_search", req);
    List<JsonNode> hits = new ArrayList<>();
    res.path("hits").path("hits").forEach(hits::add);
    List<List<Snippet>> candidates = new ArrayList<>();
    hits.forEach(h -> candidates.add(Highlights.of(h, Fields.BODY)));
    List<List<Snippet>> snippets = Highlights.pick(candidates);
    List<Hit> page = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      JsonNode h = hits.get(i);
      JsonNode s = h.path("_source");
      List<String> counties = new ArrayList<>();
      s.path(Fields.COUNTY).forEach(c -> counties.add(c.asText()));
      float score = SearchSupport.scoredByWords(r.query(), r.any()) ? score(h) : Float.NaN;
      page.add(new Hit(s.path(Fields.ID).asText(), s.path(Fields.PATH).asText(), text(s, Documents.HEADLINE),
          date(s), text(s, Fields.CITY), text(s, Fields.STATE), counties, score, snippets.get(i),
          Documents.provenance(s)));
    }
    Map<String, Facet> counts = new LinkedHashMap<>();
    for (String dim : r.facets()) {
      Map<String, Integer> values = new LinkedHashMap<>();
      JsonNode agg = res.path("aggregations").path(dim);
      if (dim.equals(Fields.DIM_OFFICIAL)) {
        values = OfficialFacet.values(agg, officials(), p -> officialPartition(base, dimFilters.get(dim), p));
      } else {
        for (JsonNode b : agg.path("values").path("buckets")) {
          values.put(b.path("key").asText(), b.path("doc_count").asInt());
        }
      }
      long missing = agg.path("missing").path("doc_count").asLong();
      counts.put(dim, SearchSupport.facet(dim, values, missing, r.facetLimit(),
          r.sideways() && filters.containsKey(dim)));
    }
    return new SearchResult(r.query(), res.path("hits").path("total").path("value").asLong(), page, counts);
  }

  @Override
  public QuoteResult quotes(SearchRequest r) throws IOException {
    ObjectNode text = QueryTranslator.translate(SearchSupport.quoteQuery(r.query(), r.any(), officials()));
    List<Official> chosen = new ArrayList<>();
    ObjectNode selected = quoteSelection(r, text, chosen);
    SortOrder order = r.query().isBlank() && r.sort() == SortOrder.RELEVANCE ? SortOrder.DATE : r.sort();
    ObjectNode req = Requests.page(r, order);
    req.set("query", selected);
    req.set("highlight", Highlights.request(Fields.QUOTE, text, true));
    JsonNode res = indexes.client().call("POST", "/" + indexes.quotes() + "/_search", req);
    List<QuoteHit> hits = new ArrayList<>();
    for (JsonNode h : res.path("hits").path("hits")) {
      JsonNode s = h.path("_source");
      List<Snippet> marked = Highlights.of(h, Fields.QUOTE);
      Snippet quote = marked.isEmpty() ? new Snippet(s.path(Fields.QUOTE).asText(), List.of()) : marked.getFirst();
      hits.add(new QuoteHit(s.path(Fields.SPEAKER).asText(), text(s, Fields.ROLE), text(s, Fields.ORGANIZATION), quote,
          s.path(Fields.ID).asText(), text(s, Fields.PATH), text(s, Fields.RELEASE_TITLE), date(s),
          text(s, Fields.CITY), text(s, Fields.STATE), score(h), Documents.provenance(s)));
    }
    return new QuoteResult(r.query(), res.path("hits").path("total").path("value").asLong(),
        chosen.stream().map(Official::name).toList(), hits);
  }

  /** The release with {@code id}, its quotes in the order the release gives them, and its body, as on the index. */
  @Override
  public ReleaseView show(String id) throws IOException {
    JsonNode found = indexes.client().call("POST", "/" + indexes.releases() + "/_search", byId(id, 1))
        .path("hits").path("hits");
    if (found.isEmpty()) {
      throw UserException.usage("no release with id '" + releases.Echo.of(id) + "'; ids are shown by `releases search`");
    }
    JsonNode s = found.get(0).path("_source");
    List<String> counties = new ArrayList<>();
    s.path(Fields.COUNTY).forEach(c -> counties.add(c.asText()));
    Hit release = new Hit(id, s.path(Fields.PATH).asText(), text(s, Documents.HEADLINE), date(s), text(s, Fields.CITY),
        text(s, Fields.STATE), counties, Float.NaN, List.of(), Documents.provenance(s));
    List<JsonNode> quotes = new ArrayList<>();
    indexes.client().call("POST", "/" + indexes.quotes() + "/_search", byId(id, MAX_QUOTES))
        .path("hits").path("hits").forEach(h -> quotes.add(h.path("_source")));
    // Keys are "ID#N", N counting the release's quotes in reading order.
    quotes.sort(java.util.Comparator.comparingInt(q -> Integer.parseInt(
        q.path(Documents.KEY).asText().substring(q.path(Documents.KEY).asText().lastIndexOf('#') + 1))));
    List<QuoteHit> said = new ArrayList<>(quotes.size());
    for (JsonNode q : quotes) {
      said.add(new QuoteHit(q.path(Fields.SPEAKER).asText(), text(q, Fields.ROLE), text(q, Fields.ORGANIZATION),
          new Snippet(q.path(Fields.QUOTE).asText(), List.of()), id, release.path(), release.title(), release.date(),
          release.city(), release.state(), 0f, release.provenance()));
    }
    return new ReleaseView(release, said, s.path(Fields.BODY).asText(""));
  }

  /** A release has at most this many quotes read back by {@link #show}. */
  private static final int MAX_QUOTES = 10_000;

  private static ObjectNode byId(String id, int size) {
    ObjectNode req = OpenSearchClient.object().put("size", size);
    req.putObject("query").putObject("term").put(Fields.ID, id);
    return req;
  }

  @Override
  public List<OfficialSummary> officials(SearchRequest r) throws IOException {
    ObjectNode text = QueryTranslator.translate(SearchSupport.quoteQuery(r.query(), r.any(), officials()));
    ObjectNode selected = quoteSelection(r, text, new ArrayList<>());
    OfficialTally tally = new OfficialTally(officials());
    JsonNode after = null;
    while (true) {
      ObjectNode req = OpenSearchClient.object().put("size", 5000).put("track_total_hits", false);
      req.set("query", selected);
      req.putArray("_source").add(Fields.SPEAKER).add(Fields.ID).add(Fields.ROLE).add(Fields.ORGANIZATION).add(Fields.DATE)
          .add(Fields.QUOTE);
      req.putArray("sort").addObject().put(Documents.KEY, "asc");
      if (after != null) {
        req.set("search_after", after);
      }
      ArrayNode hits = (ArrayNode) indexes.client().call("POST", "/" + indexes.quotes() + "/_search", req)
          .path("hits").path("hits");
      if (hits.isEmpty()) {
        return tally.summaries();
      }
      for (JsonNode h : hits) {
        JsonNode s = h.path("_source");
        tally.add(s.path(Fields.SPEAKER).asText(), s.path(Fields.ID).asText(), text(s, Fields.ROLE),
            text(s, Fields.ORGANIZATION), date(s),
            releases.extract.Paragraphs.quoteFingerprint(s.path(Fields.QUOTE).asText("")));
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  /** The quote documents a request selects: its words, dates, states and the officials {@code --by} names (added to {@code chosen}). */
  private ObjectNode quoteSelection(SearchRequest r, ObjectNode text, List<Official> chosen) throws IOException {
    SearchSupport.checkQuoteFilters(r);
    List<ObjectNode> filters = new ArrayList<>(dates(r));
    if (!r.states().isEmpty()) {
      filters.add(Requests.terms(Fields.STATE, r.states()));
    }
    ObjectNode base = Requests.bool(List.of(text), filters);
    for (String typed : r.officials()) {
      chosen.add(SearchSupport.chooseOfficial(typed, officials(), o ->
          count(indexes.quotes(), Requests.bool(List.of(base), List.of(speakers(List.of(o)))))));
    }
    return chosen.isEmpty() ? base : Requests.bool(List.of(base), List.of(speakers(chosen)));
  }

  private static ObjectNode speakers(List<Official> chosen) {
    return Requests.terms(Fields.SPEAKER, SearchSupport.forms(chosen));
  }

  private static ObjectNode officialFilter(List<Official> chosen) {
    return Requests.terms(Fields.OFFICIAL + ".raw", SearchSupport.forms(chosen));
  }

  /** A further partition of the official facet's forms: the search's query and the dimension's filter, no hits. */
  private JsonNode officialPartition(ObjectNode query, JsonNode filter, int p) throws IOException {
    ObjectNode req = OpenSearchClient.object().put("size", 0).put("track_total_hits", false);
    req.set("query", query);
    ObjectNode agg = req.with("aggs").putObject(Fields.DIM_OFFICIAL);
    agg.set("filter", filter);
    OfficialFacet.request(agg.putObject("aggs"), officials(), p);
    return indexes.client().call("POST", "/" + indexes.releases() + "/_search", req)
        .path("aggregations").path(Fields.DIM_OFFICIAL);
  }

  private static List<ObjectNode> dates(SearchRequest r) {
    return r.from() == null && r.to() == null ? List.of() : List.of(QueryTranslator.dateRange(r.from(), r.to()));
  }

  private static String facetField(String dim) {
    return dim.equals(Fields.DIM_OFFICIAL) || dim.equals(Fields.DIM_COUNTY) ? dim + ".raw" : dim;
  }

  private long count(String index, ObjectNode query) {
    try {
      ObjectNode req = OpenSearchClient.object();
      req.set("query", query);
      return indexes.client().call("POST", "/" + index + "/_count", req).path("count").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every written speaker name with its number of quotes, grouped into officials; read once per backend. */
  private List<Official> officials() throws IOException {
    if (officials == null) {
      officials = Officials.group(Requests.speakerCounts(indexes));
    }
    return officials;
  }

  private static String text(JsonNode source, String field) {
    JsonNode v = source.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(JsonNode source) {
    String d = text(source, Fields.DATE);
    return d == null ? null : LocalDate.parse(d);
  }

  private static float score(JsonNode hit) {
    JsonNode s = hit.path("_score");
    return s.isNumber() ? s.floatValue() : 0f;
  }

  @Override
  public void close() {
    // The HTTP client holds no connection that outlives a request worth closing here.
  }
}
