package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** What one pass found: the number of hits, and each dimension's count per value. */
  record Result(long hits, Map<String, Map<String, Integer>> byDimension) {}

  private DimensionCounts() {}

  /** Runs {@code query} once over {@code searcher} (on its executor, segment slices in parallel). */
  static Result of(IndexSearcher searcher, Query query, List<String> dims) throws IOException {
    return searcher.search(new ConstantScoreQuery(query), new CollectorManager<PassCollector, Result>() {
      @Override
      public PassCollector newCollector() {
        return new PassCollector(dims);
      }

      @Override
      public Result reduce(Collection<PassCollector> collectors) {
        long hits = 0;
        Map<String, Map<String, Integer>> merged = new HashMap<>();
        dims.forEach(d -> merged.put(d, new HashMap<>()));
        for (PassCollector c : collectors) {
          hits += c.hits;
          c.counts.forEach((dim, m) -> m.forEach((v, n) -> merged.get(dim).merge(v, n, Integer::sum)));
        }
        return new Result(hits, merged);
      }
    });
  }

  /** Collects the hits of the segments of one slice. */
  private static final class PassCollector implements Collector {
    private final List<String> dims;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private long hits;

    PassCollector(List<String> dims) {
      this.dims = dims;
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
        columns.add(new Column(dim, DocValues.getSortedSet(ctx.reader(), Fields.FACET_FIELDS.get(dim))));
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
          }
        }
      };
    }
  }

  /** One dimension's values in one segment; single-valued dimensions (state, year, month) take the quicker path. */
  private static final class Column {
    final String dim;
    private final SortedSetDocValues multi;
    private final SortedDocValues single;
    private final int[] counts;

    Column(String dim, SortedSetDocValues values) {
      this.dim = dim;
      this.multi = values;
      this.single = DocValues.unwrapSingleton(values);
      this.counts = new int[Math.toIntExact(values.getValueCount())];
    }

    void add(int doc) throws IOException {
      if (single != null) {
        if (single.advanceExact(doc)) {
          counts[single.ordValue()]++;
        }
      } else if (multi.advanceExact(doc)) {
        for (int i = multi.docValueCount(); i > 0; i--) {
          counts[(int) multi.nextOrd()]++;
        }
      }
    }

    void labelInto(Map<String, Integer> out) throws IOException {
      for (int ord = 0; ord < counts.length; ord++) {
        if (counts[ord] > 0) {
          out.merge(multi.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
        }
      }
    }
  }
}
