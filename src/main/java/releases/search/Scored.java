package releases.search;

import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import releases.index.Fields;

/**
 * Tells whether a query ranks by words: a query of filters and metadata only ({@code state:MO}, {@code date:2010},
 * {@code -fingerprints}, none at all) gives every hit the same score, which is not worth showing.
 */
final class Scored {

  private static final Set<String> WORDS = Set.of(Fields.TITLE, Fields.BODY, Fields.BOILERPLATE, Fields.QUOTE,
      Fields.TITLE_WORDS, Fields.BODY_WORDS, Fields.QUOTE_WORDS);

  private Scored() {}

  static boolean byWords(Query query) {
    boolean[] words = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        words[0] |= WORDS.contains(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        // A negated or filtering clause matches without adding to the score.
        return occur == Occur.MUST_NOT || occur == Occur.FILTER ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return words[0];
  }
}
