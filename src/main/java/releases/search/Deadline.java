package releases.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.QueryTimeout;
import releases.UserException;

/**
 * The time limit of the request a searcher is serving, as Lucene's {@link QueryTimeout}: Lucene asks it between
 * blocks of documents and stops collecting once it says so; {@link #finish} then refuses the partial answer.
 * A searcher serves one request at a time, so one deadline per searcher is enough.
 */
final class Deadline implements QueryTimeout {

  private final Duration limit;
  private volatile long end = Long.MAX_VALUE;
  private volatile boolean passed;

  /** A deadline {@code limit} after each {@link #start}; null for none. */
  Deadline(Duration limit) {
    this.limit = limit;
  }

  /** A request's work, which may read the index. */
  interface Work<T> {
    T run() throws IOException;
  }

  /**
   * Runs one request under the time limit. What a query can still ask for that is too much to give, found only
   * once the index is read (too many clauses, an automaton too complex), is a usage error like the limits.
   */
  <T> T run(Work<T> work) throws IOException {
    start();
    try {
      T result = work.run();
      finish();
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw UserException.usage("bad query: it matches too many terms (more than " + IndexSearcher.getMaxClauseCount()
          + "); make its wildcards or fuzzy terms more specific");
    } catch (org.apache.lucene.search.FuzzyTermsEnum.FuzzyTermsException
        | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
      throw UserException.usage("bad query: a fuzzy term or pattern is too complex to match; simplify it");
    } finally {
      stop();
    }
  }

  void start() {
    passed = false;
    end = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
  }

  @Override
  public boolean shouldExit() {
    if (end != Long.MAX_VALUE && System.nanoTime() - end >= 0) {
      passed = true;
    }
    return passed;
  }

  /** Refuses the request if the limit was reached while it searched, since its counts are then partial. */
  void finish() {
    if (passed) {
      throw UserException.usage(QueryLimits.TOO_LONG_TIME + " (the limit is " + seconds(limit) + ")");
    }
  }

  /** No limit until the next {@link #start}. */
  void stop() {
    end = Long.MAX_VALUE;
    passed = false;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.3f s", d.toNanos() / 1e9);
  }
}
