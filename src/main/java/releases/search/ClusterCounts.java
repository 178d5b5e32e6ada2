package releases.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import releases.index.Fields;

/**
 * Facet counts of clusters rather than releases ({@code --count clusters}): a value counts each cluster of copies
 * once if any matching release of the cluster has it. Slower than {@link DimensionCounts} (a set of clusters per
 * value), so only asked for.
 */
final class ClusterCounts {

  private ClusterCounts() {}

  static DimensionCounts.Result of(IndexSearcher searcher, Query query, List<String> dims,
      Map<String, UnaryOperator<String>> merge) throws IOException {
    return searcher.search(new ConstantScoreQuery(query), new CollectorManager<Sets, DimensionCounts.Result>() {
      @Override
      public Sets newCollector() {
        return new Sets(dims, merge);
      }

      @Override
      public DimensionCounts.Result reduce(Collection<Sets> all) {
        long hits = 0;
        Map<String, Map<String, LongHashSet>> values = new HashMap<>();
        Map<String, LongHashSet> missing = new HashMap<>();
        for (Sets s : all) {
          hits += s.hits;
          s.values.forEach((dim, m) -> m.forEach((v, set) ->
              values.computeIfAbsent(dim, k -> new HashMap<>()).computeIfAbsent(v, k -> new LongHashSet()).addAll(set)));
          s.missing.forEach((dim, set) -> missing.computeIfAbsent(dim, k -> new LongHashSet()).addAll(set));
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Long> none = new HashMap<>();
        for (String dim : dims) {
          Map<String, Integer> c = new HashMap<>();
          values.getOrDefault(dim, Map.of()).forEach((v, set) -> c.put(v, set.size()));
          counts.put(dim, c);
          none.put(dim, (long) missing.getOrDefault(dim, new LongHashSet()).size());
        }
        return new DimensionCounts.Result(hits, counts, none);
      }
    });
  }

  private static final class Sets implements Collector {
    private final List<String> dims;
    private final Map<String, UnaryOperator<String>> merge;
    final Map<String, Map<String, LongHashSet>> values = new HashMap<>();
    final Map<String, LongHashSet> missing = new HashMap<>();
    long hits;

    Sets(List<String> dims, Map<String, UnaryOperator<String>> merge) {
      this.dims = dims;
      this.merge = merge;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
      NumericDocValues cluster = ctx.reader().getNumericDocValues(Fields.CLUSTER);
      SortedSetDocValues[] columns = new SortedSetDocValues[dims.size()];
      String[][] labels = new String[dims.size()][];
      for (int i = 0; i < dims.size(); i++) {
        columns[i] = DocValues.getSortedSet(ctx.reader(), Fields.FACET_FIELDS.get(dims.get(i)));
        labels[i] = new String[Math.toIntExact(columns[i].getValueCount())];
      }
      int base = ctx.docBase;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          hits++;
          long c = cluster != null && cluster.advanceExact(doc) ? cluster.longValue() : ~(long) (base + doc);
          for (int i = 0; i < columns.length; i++) {
            String dim = dims.get(i);
            if (!columns[i].advanceExact(doc)) {
              missing.computeIfAbsent(dim, k -> new LongHashSet()).add(c);
              continue;
            }
            for (int k = columns[i].docValueCount(); k > 0; k--) {
              int ord = (int) columns[i].nextOrd();
              if (labels[i][ord] == null) {
                String label = columns[i].lookupOrd(ord).utf8ToString();
                UnaryOperator<String> m = merge.get(dim);
                labels[i][ord] = m == null ? label : m.apply(label);
              }
              values.computeIfAbsent(dim, x -> new HashMap<>()).computeIfAbsent(labels[i][ord], x -> new LongHashSet())
                  .add(c);
            }
          }
        }
      };
    }
  }
}
