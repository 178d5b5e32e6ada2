package releases.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.internal.hppc.LongObjectHashMap;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import releases.index.Fields;

/**
 * The quotes a query matches, grouped by their words ({@link Fields#QUOTE_PRINT}): how many times each was said
 * and the earliest date. One pass over the matches reading two doc-values columns; no stored field is decoded.
 */
final class QuoteGroups {

  /** One group: how many quote documents say these words, and the earliest epoch day (Long.MAX_VALUE: undated). */
  static final class Group {
    int count;
    long first = Long.MAX_VALUE;

    LocalDate firstDate() {
      return first == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(first);
    }
  }

  private final LongObjectHashMap<Group> groups;

  private QuoteGroups(LongObjectHashMap<Group> groups) {
    this.groups = groups;
  }

  static QuoteGroups of(IndexSearcher searcher, Query quotes) throws IOException {
    return new QuoteGroups(searcher.search(quotes, new Manager()));
  }

  /** How many distinct quotes the query matches. */
  int size() {
    return groups.size();
  }

  Group get(long fingerprint) {
    return groups.get(fingerprint);
  }

  /** The fingerprint of quote document {@code doc} (0 for an index without them). */
  static long fingerprint(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    NumericDocValues prints = leaf.reader().getNumericDocValues(Fields.QUOTE_PRINT);
    return prints != null && prints.advanceExact(doc - leaf.docBase) ? prints.longValue() : 0;
  }

  private static final class Manager implements CollectorManager<Collect, LongObjectHashMap<Group>> {
    @Override
    public Collect newCollector() {
      return new Collect();
    }

    @Override
    public LongObjectHashMap<Group> reduce(Collection<Collect> collectors) {
      LongObjectHashMap<Group> all = new LongObjectHashMap<>();
      for (Collect c : collectors) {
        for (var e : c.groups) {
          Group g = all.get(e.key);
          if (g == null) {
            all.put(e.key, e.value);
          } else {
            g.count += e.value.count;
            g.first = Math.min(g.first, e.value.first);
          }
        }
      }
      return all;
    }
  }

  private static final class Collect extends SimpleCollector {
    final LongObjectHashMap<Group> groups = new LongObjectHashMap<>();
    private NumericDocValues prints;
    private SortedNumericDocValues dates;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      prints = context.reader().getNumericDocValues(Fields.QUOTE_PRINT);
      dates = context.reader().getSortedNumericDocValues(Fields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
      long key = prints != null && prints.advanceExact(doc) ? prints.longValue() : 0;
      Group g = groups.get(key);
      if (g == null) {
        g = new Group();
        groups.put(key, g);
      }
      g.count++;
      if (dates != null && dates.advanceExact(doc)) {
        g.first = Math.min(g.first, dates.nextValue());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
