package releases.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import releases.Echo;

/**
 * Counts the words a wildcard, prefix or regular expression matches in the index's term dictionary, and refuses one
 * that matches more than {@link QueryLimits#MAX_EXPANSIONS} before the search reads a posting. Fuzzy terms are left
 * out: Lucene keeps only the 50 closest words of each.
 */
final class Expansions {

  private Expansions() {}

  /** Refuses {@code q} (typed as {@code typed} at {@code column}) when one of its patterns matches too many words. */
  static void check(IndexReader reader, Query q, String typed, int column) throws ReleaseQueryParser.QueryError {
    for (MultiTermQuery m : patterns(q)) {
      long n = count(reader, m, QueryLimits.MAX_EXPANSIONS + 1L);
      if (n > QueryLimits.MAX_EXPANSIONS) {
        throw new ReleaseQueryParser.QueryError("'" + Echo.of(typed) + "' at column " + column + " matches more than "
            + String.format("%,d", QueryLimits.MAX_EXPANSIONS) + " words in " + releases.index.Fields.typed(m.getField())
            + ":; give it more letters");
      }
    }
  }

  /** Distinct terms {@code m} matches over all segments, counted up to {@code upTo}. */
  static long count(IndexReader reader, MultiTermQuery m, long upTo) {
    try {
      Terms terms = MultiTerms.getTerms(reader, m.getField());
      if (terms == null) {
        return 0;
      }
      TermsEnum te = m.getTermsEnum(terms);
      long n = 0;
      while (n < upTo && te.next() != null) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<MultiTermQuery> patterns(Query q) {
    List<MultiTermQuery> found = new ArrayList<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        add(query);
      }

      @Override
      public void visitLeaf(Query query) {
        add(query);
      }

      private void add(Query query) {
        if (query instanceof MultiTermQuery m && !(m instanceof FuzzyQuery)) {
          found.add(m);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found;
  }
}
