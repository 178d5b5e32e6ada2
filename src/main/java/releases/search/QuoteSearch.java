package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import releases.UserException;
import releases.index.Fields;
import releases.search.Officials.Official;

/** Searches the quote documents: each quote ranks on its own words and filters by speaker, state and date. */
final class QuoteSearch {

  static final Query QUOTES = new TermQuery(new Term(Fields.KIND, Fields.KIND_QUOTE));
  private static final Set<String> LISTED = Set.of(Fields.QUOTE);

  private final IndexSearcher searcher;

  QuoteSearch(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Every written speaker name in the index with its number of quotes, grouped into officials. */
  static List<Official> officials(IndexSearcher searcher) throws IOException {
    Map<String, Integer> forms = new HashMap<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SPEAKER);
    if (terms != null) {
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        forms.put(t.utf8ToString(), e.docFreq());
      }
    }
    return Officials.group(forms);
  }

  /** The filter a request puts on quote documents, and the officials its {@code --by} names were taken as. */
  record Selection(Query filter, List<Official> chosen) {}

  /** The quote documents that {@code r} selects, apart from the text query: dates, states and officials. */
  Selection select(SearchRequest r, List<Official> officials, Query text) {
    if (!r.counties().isEmpty()) {
      throw UserException.usage("--county does not apply to quotes; search releases with `releases search --county`");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
    Query dates = Filters.dates(r);
    if (dates != null) {
      b.add(dates, Occur.FILTER);
    }
    if (!r.states().isEmpty()) {
      b.add(KeywordField.newSetQuery(Fields.STATE, r.states().stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
    Query base = b.build();
    List<Official> chosen = new ArrayList<>();
    for (String typed : r.officials()) {
      chosen.add(ByOfficial.choose(typed, officials, o -> count(text, base, speakers(List.of(o)))));
    }
    if (chosen.isEmpty()) {
      return new Selection(base, chosen);
    }
    return new Selection(
        new BooleanQuery.Builder().add(base, Occur.FILTER).add(speakers(chosen), Occur.FILTER).build(), chosen);
  }

  QuoteResult search(SearchRequest r, List<Official> officials, ReleaseQueryParser.Lookups lookups) throws IOException {
    Query text = QuerySyntax.parseQuotes(r.query(), r.any(), lookups);
    Selection selection = select(r, officials, text);
    List<String> names = selection.chosen().stream().map(Official::name).toList();
    Query all = new BooleanQuery.Builder().add(text, Occur.MUST).add(selection.filter(), Occur.FILTER).build();
    // With no words to rank by, a person's quotes read best in the order they were given.
    SortOrder order = r.query().isBlank() && r.sort() == SortOrder.RELEVANCE ? SortOrder.DATE : r.sort();
    if (!r.allCopies()) {
      CopyFold fold = CopyFold.quotes(searcher);
      List<CopyFold.Group> groups = r.limit() == 0 ? List.of() : fold.page(all, order, r.offset(), r.limit());
      ScoreDoc[] shown = groups.stream().map(g -> new ScoreDoc(g.doc(), g.score())).toArray(ScoreDoc[]::new);
      List<QuoteHit> hits = new ArrayList<>(hits(text, new TopDocs(null, shown), 0, shown.length));
      for (int i = 0; i < hits.size(); i++) {
        hits.set(i, hits.get(i).withCopies(groups.get(i).copies()));
      }
      return new QuoteResult(r.query(), searcher.count(all), names, hits, fold.distinct(all));
    }
    int topN = (int) Math.max(1, Math.min((long) r.offset() + r.limit(), searcher.getIndexReader().maxDoc()));
    TopDocs top = searcher.search(all, Searcher.hits(order, topN));
    return new QuoteResult(r.query(), top.totalHits.value(), names, page(r, text, top));
  }

  /**
   * Every quote the request selects, from its offset up to its limit, handed to {@code sink} one at a time in the
   * request's order; a page of {@link #PAGE} quotes at a time is held, whatever the number. Returns the total.
   */
  long each(SearchRequest r, List<Official> officials, ReleaseQueryParser.Lookups lookups, Consumer<QuoteHit> sink)
      throws IOException {
    Query text = QuerySyntax.parseQuotes(r.query(), r.any(), lookups);
    Query all = new BooleanQuery.Builder().add(text, Occur.MUST).add(select(r, officials, text).filter(), Occur.FILTER)
        .build();
    SortOrder order = r.query().isBlank() && r.sort() == SortOrder.RELEVANCE ? SortOrder.DATE : r.sort();
    long total = searcher.count(all);
    long seen = 0;
    long end = (long) r.offset() + r.limit();
    ScoreDoc after = null;
    while (seen < end) {
      TopDocs top = searcher.search(all, Searcher.hits(order, PAGE, after, PAGE));
      if (top.scoreDocs.length == 0) {
        break;
      }
      int from = (int) Math.max(0, Math.min(top.scoreDocs.length, r.offset() - seen));
      int to = (int) Math.min(top.scoreDocs.length, end - seen);
      if (from < to) {
        hits(text, top, from, to).forEach(sink);
      }
      seen += top.scoreDocs.length;
      after = top.scoreDocs[top.scoreDocs.length - 1];
    }
    return total;
  }

  /** Quotes held in memory at a time while streaming. */
  static final int PAGE = 1_000;

  private List<QuoteHit> page(SearchRequest r, Query text, TopDocs top) throws IOException {
    int from = Math.min(r.offset(), top.scoreDocs.length);
    int to = Math.min(top.scoreDocs.length, r.offset() + r.limit());
    return hits(text, top, from, to);
  }

  private List<QuoteHit> hits(Query text, TopDocs top, int from, int to) throws IOException {
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) {
      ids[i - from] = top.scoreDocs[i].doc;
    }
    // With no words to mark (an official's quotes, every quote) the highlighter would only read each text again.
    List<Snippet> marked = Scored.byWords(text) ? Snippets.whole(searcher, Fields.QUOTE, text, ids)
        : java.util.Collections.nCopies(ids.length, null);
    String[] texts = unmarkedTexts(ids, marked);
    IndexReader reader = searcher.getIndexReader();
    List<QuoteHit> hits = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc sd = top.scoreDocs[from + i];
      Snippet quote = marked.get(i) != null ? marked.get(i) : new Snippet(texts[i], List.of());
      // Where and when the quote was given are the release's: read from it rather than stored on every quote.
      Hit release = ListedFields.hit(reader, ListedFields.release(reader, sd.doc), 0f, List.of());
      hits.add(new QuoteHit(ListedFields.value(reader, Fields.SPEAKER, sd.doc),
          ListedFields.value(reader, Fields.ROLE, sd.doc), ListedFields.value(reader, Fields.ORGANIZATION, sd.doc),
          quote, release.id(), release.path(), release.title(), release.date(), release.city(), release.state(),
          Float.isNaN(sd.score) ? 0f : sd.score, release.provenance()));
    }
    return hits;
  }

  /**
   * The stored text of each quote {@code marked} has none for, read in document order: stored fields are
   * compressed in blocks of many documents, and reading in order decompresses each block once, not once per quote.
   */
  private String[] unmarkedTexts(int[] ids, List<Snippet> marked) throws IOException {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> ids[i]));
    StoredFields stored = searcher.storedFields();
    String[] texts = new String[ids.length];
    for (int i : order) {
      if (marked.get(i) == null) {
        texts[i] = stored.document(ids[i], LISTED).get(Fields.QUOTE);
      }
    }
    return texts;
  }

  private long count(Query text, Query base, Query speakers) {
    try {
      return searcher.count(new BooleanQuery.Builder()
          .add(text, Occur.MUST).add(base, Occur.FILTER).add(speakers, Occur.FILTER).build());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Query speakers(List<Official> chosen) {
    return KeywordField.newSetQuery(Fields.SPEAKER, ByOfficial.forms(chosen).stream().map(BytesRef::new).toList());
  }
}
