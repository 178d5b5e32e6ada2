package releases.search;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches whole segments in a few slices per thread. Lucene's default waits for a quarter of a million documents
 * before making a second slice, which leaves a core idle on an index of a hundred thousand releases.
 */
final class SlicedSearcher extends IndexSearcher {

  private static final int SLICES_PER_THREAD = 4;
  private static final int MAX_SEGMENTS = 5;

  private final int threads;

  SlicedSearcher(IndexReader reader, Executor executor, int threads) {
    super(reader, executor);
    this.threads = threads;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    // About four slices a thread: segments differ in size, and a thread done early takes the next slice.
    int maxDoc = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
    return slices(leaves, Math.max(1, maxDoc / (SLICES_PER_THREAD * Math.max(1, threads))), MAX_SEGMENTS, false);
  }
}
