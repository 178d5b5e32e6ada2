package releases.search;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import releases.index.Fields;

/** Tells whether a query can only match release documents, so that a search may skip the filter on kind. */
final class ReleaseOnly {

  private ReleaseOnly() {}

  /** True when every field {@code query} reads is one only releases have (and it is no match-all). */
  static boolean fields(Query query) {
    boolean[] other = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        other[0] |= !Fields.RELEASE_ONLY.contains(field);
        return true;
      }

      @Override
      public void visitLeaf(Query leaf) {
        other[0] |= leaf instanceof MatchAllDocsQuery;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return !other[0];
  }
}
