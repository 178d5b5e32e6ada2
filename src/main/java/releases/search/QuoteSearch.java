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
    for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.SPEAKER);
      if (terms == null) {
        continue;
      }
      // A term's document frequency still counts replaced documents until their segment merges (and each index
      // run replaces the releases whose boilerplate changed): where a segment has deletions, count live postings.
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      TermsEnum e = terms.iterator();
      org.apache.lucene.index.PostingsEnum postings = null;
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        int n = 0;
        if (live == null) {
          n = e.docFreq();
        } else {
          postings = e.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            n += live.get(d) ? 1 : 0;
          }
        }
        if (n > 0) {
          forms.merge(t.utf8ToString(), n, Integer::sum);
        }
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
    if (r.allCopies()) {
      // Every quote of every release, the repeats of copies and of boilerplate quotes included.
      int topN = (int) Math.max(1, Math.min((long) r.offset() + r.limit(), searcher.getIndexReader().maxDoc()));
      TopDocs top = searcher.search(all, Searcher.hits(order, topN));
      ScoreDoc[] shown = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length),
          r.limit() == 0 ? Math.min(r.offset(), top.scoreDocs.length) : top.scoreDocs.length);
      return new QuoteResult(r.query(), top.totalHits.value(), names, hits(text, shown));
    }
    // A quote said in several releases (copies of one release among them) is listed once.
    // Each hit names the copies of its release that give the same quote.
    List<QuoteHit> page = new ArrayList<>();
    List<Integer> docs = new ArrayList<>();
    long distinct = distinct(r, text, all, order, (hit, doc) -> {
      page.add(hit);
      docs.add(doc);
    });
    CopyFold fold = CopyFold.quotes(searcher);
    for (int i = 0; i < page.size(); i++) {
      page.set(i, page.get(i).withCopies(fold.copiesOf(docs.get(i))));
    }
    return new QuoteResult(r.query(), distinct, names, page, distinct);
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
    return distinct(r, text, all, order, (hit, doc) -> sink.accept(hit));
  }

  /**
   * Hands {@code sink} the distinct quotes of {@code all} from the request's offset up to its limit, in
   * {@code order}: a quote said in several releases comes once, where its first-ranked copy ranks (in date order,
   * its earliest), with how many times it was said and when first. Returns how many distinct quotes match.
   */
  private long distinct(SearchRequest r, Query text, Query all, SortOrder order,
      java.util.function.ObjIntConsumer<QuoteHit> sink)
      throws IOException {
    QuoteGroups groups = QuoteGroups.of(searcher, all);
    org.apache.lucene.internal.hppc.LongHashSet seen = new org.apache.lucene.internal.hppc.LongHashSet();
    long end = (long) r.offset() + r.limit();
    long at = 0;
    ScoreDoc after = null;
    while (at < end) {
      TopDocs top = searcher.search(all, Searcher.hits(order, PAGE, after, PAGE));
      if (top.scoreDocs.length == 0) {
        break;
      }
      List<ScoreDoc> kept = new ArrayList<>();
      List<QuoteGroups.Group> keptGroups = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        long fp = QuoteGroups.fingerprint(searcher, sd.doc);
        if (seen.add(fp)) {
          if (at >= r.offset() && at < end) {
            kept.add(sd);
            keptGroups.add(groups.get(fp));
          }
          at++;
        }
      }
      List<QuoteHit> hits = hits(text, kept.toArray(ScoreDoc[]::new));
      for (int i = 0; i < hits.size(); i++) {
        QuoteGroups.Group g = keptGroups.get(i);
        sink.accept(g == null ? hits.get(i) : hits.get(i).repeated(g.count, g.firstDate()), kept.get(i).doc);
      }
      after = top.scoreDocs[top.scoreDocs.length - 1];
    }
    return groups.size();
  }

  /** Quotes held in memory at a time while streaming. */
  static final int PAGE = 1_000;

  private List<QuoteHit> hits(Query text, ScoreDoc[] docs) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    // With no words to mark (an official's quotes, every quote) the highlighter would only read each text again.
    List<Snippet> marked = Scored.byWords(text) ? Snippets.whole(searcher, Fields.QUOTE, text, ids)
        : java.util.Collections.nCopies(ids.length, null);
    String[] texts = unmarkedTexts(ids, marked);
    IndexReader reader = searcher.getIndexReader();
    List<QuoteHit> hits = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      ScoreDoc sd = docs[i];
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
