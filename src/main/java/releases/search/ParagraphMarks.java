package releases.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import releases.extract.Paragraphs;
import releases.index.Boilerplate;
import releases.index.Fields;

/** Marks the paragraphs of one release document: boilerplate as indexed, and (when asked) new in the corpus. */
final class ParagraphMarks {

  private ParagraphMarks() {}

  /**
   * The paragraphs of {@code body}, the stored body of document {@code doc}. A paragraph is new when no release
   * dated before {@code date} has it; for an undated release, when no other release has it at all.
   */
  static List<ReleaseView.Paragraph> of(IndexSearcher searcher, int doc, String body, LocalDate date, boolean fresh)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LongHashSet common = Boilerplate.of(leaf.reader(), doc - leaf.docBase);
    List<ReleaseView.Paragraph> out = new ArrayList<>();
    for (Paragraphs.Paragraph p : Paragraphs.of(body)) {
      Boolean isNew = fresh ? isNew(searcher, p.fingerprint(), date) : null;
      out.add(new ReleaseView.Paragraph(p.text(), common.contains(p.fingerprint()), isNew));
    }
    return out;
  }

  private static boolean isNew(IndexSearcher searcher, long fingerprint, LocalDate date) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(LongField.newExactQuery(Fields.PARAGRAPH, fingerprint), Occur.FILTER)
        .add(Searcher.RELEASES, Occur.FILTER);
    if (date != null) {
      b.add(LongField.newRangeQuery(Fields.DATE, Long.MIN_VALUE, date.toEpochDay() - 1), Occur.FILTER);
      return searcher.count(b.build()) == 0;
    }
    Query others = b.build();
    // Undated: "earlier" means nothing, so any other release that has the paragraph makes it not new.
    return searcher.count(others) <= 1;
  }
}
