package releases.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import releases.index.Fields;

/**
 * {@code quote:} in a release search: the quoted words live on quote documents only, so the quotes matching them
 * are found first and the query becomes the set of their releases' ids (a quote shares its release's id).
 */
final class QuotedReleases {

  private QuotedReleases() {}

  /** The releases holding a quote that matches {@code words}. */
  static Query of(IndexSearcher searcher, Query words) {
    Query quotes = new BooleanQuery.Builder().add(words, Occur.MUST).add(QuoteSearch.QUOTES, Occur.FILTER).build();
    try {
      Set<BytesRef> ids = searcher.search(quotes, new CollectorManager<IdCollector, Set<BytesRef>>() {
        @Override
        public IdCollector newCollector() {
          return new IdCollector();
        }

        @Override
        public Set<BytesRef> reduce(Collection<IdCollector> collectors) {
          Set<BytesRef> all = new HashSet<>();
          collectors.forEach(c -> all.addAll(c.ids));
          return all;
        }
      });
      return KeywordField.newSetQuery(Fields.ID, new ArrayList<>(ids));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The release ids of the quotes of one slice. */
  private static final class IdCollector extends SimpleCollector {
    final List<BytesRef> ids = new ArrayList<>();
    private SortedSetDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
      values = DocValues.getSortedSet(ctx.reader(), Fields.ID);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        ids.add(BytesRef.deepCopyOf(values.lookupOrd(values.nextOrd())));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
