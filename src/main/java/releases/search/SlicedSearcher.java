package releases.search;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches whole segments in as many slices as there are threads. Lucene's default waits for a quarter of a million
 * documents before making a second slice, which leaves a core idle on an index of a hundred thousand releases.
 */
final class SlicedSearcher extends IndexSearcher {

  private final int threads;

  SlicedSearcher(IndexReader reader, Executor executor, int threads) {
    super(reader, executor);
    this.threads = threads;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int maxDoc = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
    return slices(leaves, Math.max(1, maxDoc / Math.max(1, threads)), Integer.MAX_VALUE, false);
  }
}
