package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import releases.UserException;
import releases.index.Fields;

/** Reads one release back out of the index by id: its listed fields, its quotes and its stored body. */
final class ReleaseLookup {

  private final IndexSearcher searcher;

  ReleaseLookup(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The release {@code id}, its paragraphs marked boilerplate or not, and new or not when {@code fresh}. */
  ReleaseView show(String id, boolean fresh) throws IOException {
    Query byId = KeywordField.newExactQuery(Fields.ID, id);
    TopDocs found = searcher.search(and(byId, Searcher.RELEASES), 1);
    if (found.scoreDocs.length == 0) {
      boolean listing = searcher.count(and(KeywordField.newExactQuery(Fields.ID, id + "#1"), Searcher.RELEASES)) > 0;
      throw UserException.usage("no release with id '" + releases.Echo.of(id) + "'"
          + (listing ? "; the file holds several: " + id + "#1, " + id + "#2, ..." : "; ids are shown by `releases search`"));
    }
    int doc = found.scoreDocs[0].doc;
    StoredFields stored = searcher.storedFields();
    String body = stored.document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
    Hit release = ListedFields.hit(searcher.getIndexReader(), doc, Float.NaN, List.of());
    // A quote is indexed in its release's block, in the order the release gives it: doc order is reading order.
    TopDocs quotes = searcher.search(and(byId, QuoteSearch.QUOTES), Math.max(1, searcher.getIndexReader().maxDoc()));
    ScoreDoc[] docs = quotes.scoreDocs.clone();
    Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
    List<QuoteHit> said = new ArrayList<>(docs.length);
    for (ScoreDoc q : docs) {
      String text = stored.document(q.doc, Set.of(Fields.QUOTE)).get(Fields.QUOTE);
      said.add(new QuoteHit(ListedFields.value(searcher.getIndexReader(), Fields.SPEAKER, q.doc),
          ListedFields.value(searcher.getIndexReader(), Fields.ROLE, q.doc),
          ListedFields.value(searcher.getIndexReader(), Fields.ORGANIZATION, q.doc), new Snippet(text, List.of()),
          release.id(), release.path(), release.title(), release.date(), release.city(), release.state(), 0f));
    }
    String text = body == null ? "" : body;
    return new ReleaseView(release, said, text, ParagraphMarks.of(searcher, doc, text, release.date(), fresh));
  }

  private static Query and(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.MUST).add(b, Occur.FILTER).build();
  }
}
