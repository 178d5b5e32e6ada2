package releases.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.document.LongField;
import releases.UserException;
import releases.index.CorpusStamp;
import releases.index.Fields;
import releases.index.IndexAccess;

/** Runs {@link SearchRequest}s against one open index reader: hits, exact totals, snippets and facet counts. */
public final class Searcher implements Backend {

  /** Quotes share the index with their releases; a release search sees releases only. */
  static final Query RELEASES = new TermQuery(new Term(Fields.KIND, Fields.KIND_RELEASE));
  private static final TopDocs NO_HITS = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);

  /** Segment slices are searched side by side, one thread per core; threads start only when first needed. */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "search");
    t.setDaemon(true);
    return t;
  });
  private final Deadline deadline;
  private List<Officials.Official> officials;

  /** Takes ownership of {@code reader} (and of {@code dir}, when not null): closing the searcher closes them. */
  public Searcher(Directory dir, DirectoryReader reader) {
    this(dir, reader, QueryLimits.timeLimit());
  }

  /** The same, with each request's search cut off after {@code timeLimit} (null: none) and refused. */
  public Searcher(Directory dir, DirectoryReader reader, java.time.Duration timeLimit) {
    this.dir = dir;
    this.reader = reader;
    this.searcher = new SlicedSearcher(reader, pool, THREADS);
    // Lucene caches the matches of a filter once it has run several times in a process. A command-line search
    // runs one query, so the cache never pays there; without it, timings in a long process are the real work.
    this.searcher.setQueryCache(null);
    this.deadline = new Deadline(timeLimit);
    this.searcher.setTimeout(deadline);
  }

  /** Opens the last commit of the index at {@code where}. */
  public static Searcher open(Path where) throws IOException {
    IndexAccess.Opened opened = IndexAccess.openLive(where);
    return new Searcher(opened.dir(), opened.reader());
  }

  /** What the indexing run behind this index saw of its corpus, or null for an index without a stamp. */
  public CorpusStamp stamp() throws IOException {
    return IndexAccess.stamp(reader);
  }

  /** How many releases the index holds. */
  public int size() throws IOException {
    return searcher.count(RELEASES);
  }

  public SearchResult search(SearchRequest r) throws IOException {
    return deadline.run(() -> searchNow(r));
  }

  private SearchResult searchNow(SearchRequest r) throws IOException {
    Query text = QuerySyntax.parseReleases(r.query(), r.any(), new ReleaseQueryParser.Lookups(
        typed -> Filters.officials(List.of(named(typed))), words -> QuotedReleases.of(searcher, words), reader));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (!ReleaseOnly.fields(text)) {
      b.add(RELEASES, Occur.FILTER);
    }
    Query dates = Filters.dates(r);
    if (dates != null) {
      b.add(dates, Occur.FILTER);
    }
    Query base = b.build();
    for (String county : r.counties()) {
      CountyNames.check(searcher, county, Filters.county(county));
    }
    Map<String, Query> filters = Filters.byDimension(r, officialFilter(r, base));
    // Rewritten once: folding copies runs the query several times, and a wildcard or fuzzy term expands each time.
    Query all = searcher.rewrite(narrowed(base, filters, null));
    // Never ask for more hits than the index holds: the collector allocates its queue up front.
    int topN = (int) Math.max(1, Math.min((long) r.offset() + r.limit(), reader.maxDoc()));
    // With no words to rank by, every hit scores the same; newest first is the useful order then.
    SortOrder order = r.query().isEmpty() && r.sort() == SortOrder.RELEVANCE ? SortOrder.DATE_DESC : r.sort();
    // Two passes: one counts every hit and the facet values without scoring, the other ranks with skipping.
    // Scoring every hit of a common phrase costs thirty times what matching it does (positions of every
    // occurrence against the first one), so the count is not left to the ranking pass.
    List<String> sideways = r.facets().stream().filter(d -> r.sideways() && filters.containsKey(d)).toList();
    List<String> plain = r.facets().stream().filter(d -> !sideways.contains(d)).toList();
    // Written forms of one official's name are merged while counting, before any cut to the top N.
    Map<String, UnaryOperator<String>> merge = r.facets().contains(Fields.DIM_OFFICIAL)
        ? Map.of(Fields.DIM_OFFICIAL, FacetCounts.canonical(officials())) : Map.of();
    DimensionCounts.Result counted = r.countClusters() ? ClusterCounts.of(searcher, all, plain, merge)
        : DimensionCounts.of(searcher, all, plain, merge);
    Map<String, Map<String, Integer>> values = new HashMap<>(counted.byDimension());
    Map<String, Long> missing = new HashMap<>(counted.missing());
    for (String dim : sideways) {
      // Drill sideways: a dimension the request narrows is counted as if its own filter were lifted.
      DimensionCounts.Result lifted = r.countClusters()
          ? ClusterCounts.of(searcher, narrowed(base, filters, dim), List.of(dim), merge)
          : DimensionCounts.of(searcher, narrowed(base, filters, dim), List.of(dim), merge);
      values.putAll(lifted.byDimension());
      missing.putAll(lifted.missing());
    }
    Map<String, Facet> counts = new LinkedHashMap<>();
    for (String dim : r.facets()) {
      counts.put(dim, FacetCounts.of(dim, values.get(dim), missing.get(dim), r.facetLimit(), sideways.contains(dim))
          .counting(r.countClusters()));
    }
    if (!r.allCopies()) {
      CopyFold fold = CopyFold.releases(searcher);
      List<CopyFold.Group> groups = r.limit() == 0 ? List.of() : fold.page(all, order, r.offset(), r.limit());
      ScoreDoc[] shown = groups.stream().map(g -> new ScoreDoc(g.doc(), g.score())).toArray(ScoreDoc[]::new);
      if (order != SortOrder.RELEVANCE) {
        TopFieldCollector.populateScores(shown, searcher, all);
      }
      List<Hit> hits = page(text, shown, 0, shown.length);
      for (int i = 0; i < hits.size(); i++) {
        hits.set(i, hits.get(i).withCopies(groups.get(i).copies()));
      }
      return new SearchResult(r.query(), counted.hits(), hits, counts, fold.distinct(all));
    }
    // A request for counts alone (--limit 0) ranks nothing: ranking a common phrase is most of a search's cost.
    TopDocs top = r.limit() == 0 ? NO_HITS : searcher.search(all, hits(order, topN, topN));
    if (order != SortOrder.RELEVANCE) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, all);
    }
    int from = Math.min(r.offset(), top.scoreDocs.length);
    int to = (int) Math.min(top.scoreDocs.length, (long) r.offset() + r.limit());
    return new SearchResult(r.query(), counted.hits(), page(text, top.scoreDocs, from, to), counts);
  }

  /** {@code base} with every filter but the one of dimension {@code lifted} (null lifts none). */
  private static Query narrowed(Query base, Map<String, Query> filters, String lifted) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    filters.forEach((dim, q) -> {
      if (!dim.equals(lifted)) {
        b.add(q, Occur.FILTER);
      }
    });
    return b.build();
  }

  /** The top {@code topN} hits in {@code order}; hits are counted exactly up to {@code exactUpTo}. */
  static CollectorManager<?, ? extends TopDocs> hits(SortOrder order, int topN) {
    return hits(order, topN, Integer.MAX_VALUE);
  }

  private static CollectorManager<?, ? extends TopDocs> hits(SortOrder order, int topN, int exactUpTo) {
    return hits(order, topN, null, exactUpTo);
  }

  /** The {@code topN} hits in {@code order} that come after {@code after} (a hit of the previous page, or null). */
  static CollectorManager<?, ? extends TopDocs> hits(SortOrder order, int topN, ScoreDoc after, int exactUpTo) {
    // Past exactUpTo hits, the collectors may skip blocks of documents that cannot make the top.
    if (order == SortOrder.RELEVANCE) {
      return new TopScoreDocCollectorManager(topN, after, exactUpTo);
    }
    SortField byDate = LongField.newSortField(Fields.DATE, order == SortOrder.DATE_DESC, SortedNumericSelector.Type.MIN);
    // Undated releases go last either way.
    byDate.setMissingValue(order == SortOrder.DATE_DESC ? Long.MIN_VALUE : Long.MAX_VALUE);
    // Releases of one day with one score come by id: multi-threaded indexing leaves their doc order to chance.
    Sort sort = new Sort(byDate, SortField.FIELD_SCORE, new SortedSetSortField(Fields.ID, false));
    return new TopFieldCollectorManager(sort, topN, (org.apache.lucene.search.FieldDoc) after, exactUpTo);
  }

  private List<Hit> page(Query text, ScoreDoc[] docs, int from, int to) throws IOException {
    boolean scored = Scored.byWords(text);
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) {
      ids[i - from] = docs[i].doc;
    }
    List<List<Snippet>> snippets = new Snippets(searcher).of(text, ids, pool, THREADS);
    List<Hit> hits = new ArrayList<>(ids.length);
    for (int i = from; i < to; i++) {
      ScoreDoc sd = docs[i];
      float score = !scored || Float.isNaN(sd.score) ? Float.NaN : sd.score;
      hits.add(ListedFields.hit(reader, sd.doc, score, snippets.get(i - from)));
    }
    return hits;
  }

  /** Quotes matching the request's words, by the officials, states and dates it names. */
  public QuoteResult quotes(SearchRequest r) throws IOException {
    return deadline.run(() -> new QuoteSearch(searcher).search(r, officials(), quoteLookups()));
  }

  @Override
  public long eachQuote(SearchRequest r, java.util.function.Consumer<QuoteHit> sink) throws IOException {
    return deadline.run(() -> new QuoteSearch(searcher).each(r, officials(), quoteLookups(), sink));
  }

  @Override
  public ReleaseView show(String id) throws IOException {
    return new ReleaseLookup(searcher).show(id, false);
  }

  @Override
  public ReleaseView show(String id, boolean fresh) throws IOException {
    return new ReleaseLookup(searcher).show(id, fresh);
  }

  /** In a query over quotes, {@code official:NAME} means the quotes of every written form of that official's name. */
  private ReleaseQueryParser.Lookups quoteLookups() {
    return new ReleaseQueryParser.Lookups(typed -> QuoteSearch.speakers(List.of(named(typed))), null, reader);
  }

  /**
   * The one official a name in the query means, resolved as {@code --by} resolves it; a name several people share
   * is refused with the candidates, since a query clause has no rest of the request to narrow it by.
   */
  private Officials.Official named(String typed) {
    try {
      return ByOfficial.choose(typed, officials(), o -> 1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The officials quoted in the quotes the request selects, with their roles over time and counts. */
  public List<OfficialSummary> officials(SearchRequest r) throws IOException {
    return deadline.run(() -> officialsNow(r));
  }

  private List<OfficialSummary> officialsNow(SearchRequest r) throws IOException {
    Query text = QuerySyntax.parseQuotes(r.query(), r.any(), quoteLookups());
    QuoteSearch quotes = new QuoteSearch(searcher);
    Query selected = new BooleanQuery.Builder()
        .add(text, Occur.MUST).add(quotes.select(r, officials(), text).filter(), Occur.FILTER).build();
    return OfficialsDirectory.list(searcher, selected, officials());
  }

  /**
   * The releases quoting the officials named by {@code --by}, each name resolved among the index's officials;
   * null when the request names none. Several names mean releases quoting any of them.
   */
  private Query officialFilter(SearchRequest r, Query base) throws IOException {
    if (r.officials().isEmpty()) {
      return null;
    }
    List<Officials.Official> chosen = new ArrayList<>();
    for (String typed : r.officials()) {
      chosen.add(ByOfficial.choose(typed, officials(), o -> count(base, Filters.officials(List.of(o)))));
    }
    return Filters.officials(chosen);
  }

  private long count(Query base, Query filter) {
    try {
      return searcher.count(new BooleanQuery.Builder().add(base, Occur.MUST).add(filter, Occur.FILTER).build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The index's officials, read once per reader from the speaker terms of the quote documents. */
  private List<Officials.Official> officials() throws IOException {
    if (officials == null) {
      officials = QuoteSearch.officials(searcher);
    }
    return officials;
  }

  @Override
  public void close() throws IOException {
    pool.shutdown();
    try {
      reader.close();
    } finally {
      if (dir != null) {
        dir.close();
      }
    }
  }
}
