package releases.index;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's merge scheduler, except that a merge that fails (a full disk, a damaged segment) is remembered for the
 * indexing run to report in its one line, instead of being thrown on the merge thread, which prints its trace.
 */
final class QuietMerges extends ConcurrentMergeScheduler {

  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @Override
  protected void handleMergeException(Throwable exc) {
    failure.compareAndSet(null, exc);
  }

  /** The first merge failure of this writer, or null. */
  Throwable failure() {
    return failure.get();
  }
}
