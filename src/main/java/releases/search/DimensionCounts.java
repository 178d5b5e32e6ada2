package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import releases.index.Fields;

/**
 * Counts every hit of a query, and the values of some facet dimensions over those hits, in one pass that computes
 * no scores. Each dimension is read from its own sorted-set doc values; counts are kept by segment ordinal and
 * turned into labels once per segment, so a hit costs an array increment per dimension.
 */
final class DimensionCounts {

  /**
   * What one pass found: the number of hits, each dimension's count per value, and per dimension the hits that
   * carry no value of it.
   */
  record Result(long hits, Map<String, Map<String, Integer>> byDimension, Map<String, Long> missing) {}

  private DimensionCounts() {}

  /** Runs {@code query} once over {@code searcher} (on its executor, segment slices in parallel). */
  static Result of(IndexSearcher searcher, Query query, List<String> dims) throws IOException {
    return of(searcher, query, dims, Map.of());
  }

  /**
   * The same, with the values of some dimensions merged before they are counted: {@code merge} maps a dimension
   * to the function that gives each indexed value the value it counts as (an official's written name to the
   * canonical one). A hit that carries two values merged into one counts once for it.
   */
  static Result of(IndexSearcher searcher, Query query, List<String> dims, Map<String, UnaryOperator<String>> merge)
      throws IOException {
    return searcher.search(new ConstantScoreQuery(query), new CollectorManager<PassCollector, Result>() {
      @Override
      public PassCollector newCollector() {
        return new PassCollector(dims, merge);
      }

      @Override
      public Result reduce(Collection<PassCollector> collectors) {
        long hits = 0;
        Map<String, Map<String, Integer>> merged = new HashMap<>();
        Map<String, Long> missing = new HashMap<>();
        dims.forEach(d -> merged.put(d, new HashMap<>()));
        dims.forEach(d -> missing.put(d, 0L));
        for (PassCollector c : collectors) {
          hits += c.hits;
          c.counts.forEach((dim, m) -> m.forEach((v, n) -> merged.get(dim).merge(v, n, Integer::sum)));
          c.missing.forEach((dim, n) -> missing.merge(dim, n, Long::sum));
        }
        return new Result(hits, merged, missing);
      }
    });
  }

  /** Collects the hits of the segments of one slice. */
  private static final class PassCollector implements Collector {
    private final List<String> dims;
    private final Map<String, UnaryOperator<String>> merge;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Long> missing = new HashMap<>();
    private long hits;

    PassCollector(List<String> dims, Map<String, UnaryOperator<String>> merge) {
      this.dims = dims;
      this.merge = merge;
      dims.forEach(d -> counts.put(d, new HashMap<>()));
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      List<Column> columns = new ArrayList<>(dims.size());
      for (String dim : dims) {
        columns.add(new Column(dim, DocValues.getSortedSet(ctx.reader(), Fields.FACET_FIELDS.get(dim)), merge.get(dim)));
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          hits++;
          for (Column c : columns) {
            c.add(doc);
          }
        }

        @Override
        public void collect(DocIdStream stream) throws IOException {
          // Disjunctions and filters hand over whole windows of hits: counting alone need not visit them.
          if (columns.isEmpty()) {
            hits += stream.count();
          } else {
            stream.forEach(this::collect);
          }
        }

        @Override
        public void collectRange(int min, int max) throws IOException {
          if (columns.isEmpty()) {
            hits += max - min;
          } else {
            for (int doc = min; doc < max; doc++) {
              collect(doc);
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (Column c : columns) {
            c.labelInto(counts.get(c.dim));
            missing.merge(c.dim, c.missing, Long::sum);
          }
        }
      };
    }
  }

  /**
   * One dimension's values in one segment; single-valued dimensions (state, year, month) take the quicker path.
   * Counts are kept by group: each ordinal is its own group unless the dimension's values are merged, when the
   * ordinals of one merged value share a group and a hit is counted once per group.
   */
  private static final class Column {
    final String dim;
    private final SortedSetDocValues multi;
    private final SortedDocValues single;
    private final int[] group;
    private final List<String> labels;
    private final int[] counts;
    private final int[] lastDoc;
    long missing;

    Column(String dim, SortedSetDocValues values, UnaryOperator<String> merge) throws IOException {
      this.dim = dim;
      this.multi = values;
      int n = Math.toIntExact(values.getValueCount());
      if (merge == null) {
        this.single = DocValues.unwrapSingleton(values);
        this.group = null;
        this.labels = null;
        this.counts = new int[n];
        this.lastDoc = null;
      } else {
        this.single = null;
        this.group = new int[n];
        this.labels = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int ord = 0; ord < n; ord++) {
          String label = merge.apply(values.lookupOrd(ord).utf8ToString());
          group[ord] = ids.computeIfAbsent(label, l -> {
            labels.add(l);
            return labels.size() - 1;
          });
        }
        this.counts = new int[labels.size()];
        this.lastDoc = new int[labels.size()];
        java.util.Arrays.fill(lastDoc, -1);
      }
    }

    void add(int doc) throws IOException {
      if (single != null) {
        if (single.advanceExact(doc)) {
          counts[single.ordValue()]++;
        } else {
          missing++;
        }
      } else if (multi.advanceExact(doc)) {
        for (int i = multi.docValueCount(); i > 0; i--) {
          int ord = (int) multi.nextOrd();
          if (group == null) {
            counts[ord]++;
          } else if (lastDoc[group[ord]] != doc) {
            lastDoc[group[ord]] = doc;
            counts[group[ord]]++;
          }
        }
      } else {
        missing++;
      }
    }

    void labelInto(Map<String, Integer> out) throws IOException {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          out.merge(labels != null ? labels.get(i) : multi.lookupOrd(i).utf8ToString(), counts[i], Integer::sum);
        }
      }
    }
  }
}
