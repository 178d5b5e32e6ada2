package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import releases.index.Fields;

/**
 * Folds the copies of a release into one hit: hits are grouped by the cluster doc values the index writes, a
 * cluster ranks where its best member ranks, and it is shown by its earliest dated matching member, with the ids
 * of the other members of the cluster (whether or not they match) as its copies.
 */
final class CopyFold {

  /** One cluster on the page: the document shown, its rank's score, and the other members' ids. */
  record Group(int doc, float score, List<String> copies) {}

  private final IndexSearcher searcher;
  /** The documents folded: releases, or quotes (folded when their releases are copies and their words agree). */
  private final Query kind;
  private final boolean quotes;

  private CopyFold(IndexSearcher searcher, Query kind, boolean quotes) {
    this.searcher = searcher;
    this.kind = kind;
    this.quotes = quotes;
  }

  /** Folds release hits by cluster. */
  static CopyFold releases(IndexSearcher searcher) {
    return new CopyFold(searcher, Searcher.RELEASES, false);
  }

  /** Folds quote hits by their release's cluster and their normalised words. */
  static CopyFold quotes(IndexSearcher searcher) {
    return new CopyFold(searcher, QuoteSearch.QUOTES, true);
  }

  /**
   * The clusters from {@code offset} to {@code offset + limit} of the hits of {@code query} in {@code order}: the
   * top hits are read in growing batches until enough clusters are seen, or all hits.
   */
  List<Group> page(Query query, SortOrder order, int offset, int limit) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long want = (long) offset + limit;
    int n = (int) Math.min(reader.maxDoc(), Math.max(16, want * 2));
    LinkedHashMap<Long, ScoreDoc> best = new LinkedHashMap<>();
    while (true) {
      TopDocs top = searcher.search(query, Searcher.hits(order, Math.max(1, n), null, Math.max(1, n)));
      best.clear();
      for (ScoreDoc sd : top.scoreDocs) {
        best.putIfAbsent(key(reader, sd.doc), sd);
      }
      if (best.size() >= want || top.scoreDocs.length < n || n >= reader.maxDoc()) {
        break;
      }
      n = (int) Math.min(reader.maxDoc(), (long) n * 4);
    }
    List<Map.Entry<Long, ScoreDoc>> chosen = new ArrayList<>(best.entrySet())
        .subList((int) Math.min(offset, best.size()), (int) Math.min(want, best.size()));
    if (chosen.isEmpty()) {
      return List.of();
    }
    LongHashSet wanted = new LongHashSet();
    for (Map.Entry<Long, ScoreDoc> e : chosen) {
      wanted.add(cluster(reader, e.getValue().doc));
    }
    long[] clusters = wanted.toArray();
    Map<Long, List<Member>> matching = members(new BooleanQuery.Builder().add(query, Occur.FILTER)
        .add(inClusters(clusters), Occur.FILTER).build());
    Map<Long, List<Member>> all = members(new BooleanQuery.Builder().add(kind, Occur.FILTER)
        .add(inClusters(clusters), Occur.FILTER).build());
    List<Group> out = new ArrayList<>(chosen.size());
    for (Map.Entry<Long, ScoreDoc> e : chosen) {
      Member shown = matching.getOrDefault(e.getKey(), List.of()).stream().min(Member.EARLIEST)
          .orElse(new Member(e.getValue().doc, Long.MAX_VALUE, ""));
      List<String> copies = all.getOrDefault(e.getKey(), List.of()).stream().filter(m -> m.doc != shown.doc)
          .sorted(Member.EARLIEST).map(Member::id).toList();
      out.add(new Group(shown.doc, e.getValue().score, copies));
    }
    return out;
  }

  /**
   * The other documents of {@code doc}'s fold (for a quote: the same words in the copies of its release), earliest
   * first, by release id. One look at the documents of one cluster.
   */
  List<String> copiesOf(int doc) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long key = key(reader, doc);
    Map<Long, List<Member>> all = members(new BooleanQuery.Builder().add(kind, Occur.FILTER)
        .add(inClusters(new long[] {cluster(reader, doc)}), Occur.FILTER).build());
    return all.getOrDefault(key, List.of()).stream().filter(m -> m.doc != doc).sorted(Member.EARLIEST)
        .map(Member::id).toList();
  }

  /** A release of a cluster: its document, date (epoch day; undated last) and id. */
  private record Member(int doc, long date, String id) {
    static final Comparator<Member> EARLIEST = Comparator.comparingLong(Member::date).thenComparing(Member::id);
  }

  private static Query inClusters(long[] clusters) {
    return NumericDocValuesField.newSlowSetQuery(Fields.CLUSTER, clusters);
  }

  /** The release documents {@code query} matches, by cluster. */
  private Map<Long, List<Member>> members(Query query) throws IOException {
    Map<Long, List<Member>> out = new HashMap<>();
    IndexReader reader = searcher.getIndexReader();
    var weight = searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(query)), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext ctx : reader.leaves()) {
      var scorer = weight.scorer(ctx);
      if (scorer == null) {
        continue;
      }
      Keys keys = new Keys(ctx);
      SortedNumericDocValues dates = ctx.reader().getSortedNumericDocValues(Fields.DATE);
      SortedSetDocValues ids = ctx.reader().getSortedSetDocValues(Fields.ID);
      var live = ctx.reader().getLiveDocs();
      var it = scorer.iterator();
      for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        long date = dates != null && dates.advanceExact(d) ? dates.nextValue() : Long.MAX_VALUE;
        String id = ids != null && ids.advanceExact(d) ? ids.lookupOrd(ids.nextOrd()).utf8ToString() : "";
        out.computeIfAbsent(keys.of(d), k -> new ArrayList<>()).add(new Member(ctx.docBase + d, date, id));
      }
    }
    return out;
  }

  /** The cluster of the document {@code doc} (a top-level id); a document without one is its own. */
  static long cluster(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = ctx.reader().getNumericDocValues(Fields.CLUSTER);
    return values != null && values.advanceExact(doc - ctx.docBase) ? values.longValue() : ~(long) doc;
  }

  private long key(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return new Keys(ctx).of(doc - ctx.docBase);
  }

  /** The fold key of the documents of one segment: the cluster, and for a quote its words' hash too. */
  private final class Keys {
    private final NumericDocValues cluster;
    private final NumericDocValues words;
    private final int base;

    Keys(LeafReaderContext ctx) throws IOException {
      cluster = ctx.reader().getNumericDocValues(Fields.CLUSTER);
      words = quotes ? ctx.reader().getNumericDocValues(Fields.QUOTE_KEY) : null;
      base = ctx.docBase;
    }

    long of(int doc) throws IOException {
      long c = cluster != null && cluster.advanceExact(doc) ? cluster.longValue() : ~(long) (base + doc);
      if (!quotes) {
        return c;
      }
      long w = words != null && words.advanceExact(doc) ? words.longValue() : base + doc;
      return releases.index.copies.CopyFields.combine(c, w);
    }
  }

  /** How many distinct fold keys (clusters; for quotes, quotes of a cluster) the hits have, in one pass. */
  long distinct(Query query) throws IOException {
    return searcher.search(new ConstantScoreQuery(query), new CollectorManager<Distinct, Long>() {
      @Override
      public Distinct newCollector() {
        return new Distinct();
      }

      @Override
      public Long reduce(Collection<Distinct> collectors) {
        LongHashSet all = new LongHashSet();
        collectors.forEach(c -> all.addAll(c.seen));
        return (long) all.size();
      }
    });
  }

  private final class Distinct implements Collector {
    final LongHashSet seen = new LongHashSet();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      Keys keys = new Keys(ctx);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          seen.add(keys.of(doc));
        }
      };
    }
  }
}
