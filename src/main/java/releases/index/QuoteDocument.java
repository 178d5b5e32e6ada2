package releases.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import releases.extract.Paragraphs;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import releases.extract.Quote;
import releases.extract.Release;

/** Builds one Lucene document per quote of a release, so quotes rank on their own words and filter like releases. */
public final class QuoteDocument {

  private QuoteDocument() {}

  /** The quote documents of {@code release}, in the order the quotes appear. */
  public static List<Document> of(Release release) {
    List<Document> docs = new ArrayList<>(release.quotes().size());
    String state = ReleaseDocument.canonicalState(release);
    for (Quote q : release.quotes()) {
      Document doc = new Document();
      doc.add(new KeywordField(Fields.KIND, Fields.KIND_QUOTE, Field.Store.NO));
      // The release's id, so that updating or deleting the release by id takes its quotes along.
      doc.add(new KeywordField(Fields.ID, release.id(), Field.Store.NO));
      // Only the quoted words are stored; the rest of what a quote hit shows is read from doc values, the release's
      // (path, headline, date, place) from the release document that closes the block.
      doc.add(new Field(Fields.QUOTE, q.text(), ReleaseDocument.PROSE));
      doc.add(new Field(Fields.QUOTE_WORDS, q.text(), ReleaseDocument.WORDS));
      releases.index.copies.CopyFields.addQuoteWords(doc, q.text());
      doc.add(new KeywordField(Fields.SPEAKER, q.speaker(), Field.Store.NO));
      if (Boilerplate.ON) {
        doc.add(new NumericDocValuesField(Fields.QUOTE_PRINT, Paragraphs.quoteFingerprint(q.text())));
      }
      // The same words field releases have, so official:rapp works in a quote search as it does in a search.
      doc.add(new TextField(Fields.OFFICIAL, q.speaker(), Field.Store.NO));
      if (q.role() != null) {
        doc.add(new SortedDocValuesField(Fields.ROLE, new BytesRef(q.role())));
      }
      if (q.organization() != null) {
        doc.add(new SortedDocValuesField(Fields.ORGANIZATION, new BytesRef(q.organization())));
      }
      if (release.date() != null) {
        doc.add(new LongField(Fields.DATE, release.date().toEpochDay(), Field.Store.NO));
      }
      if (release.city() != null) {
        doc.add(new TextField(Fields.CITY, release.city(), Field.Store.NO));
      }
      if (state != null) {
        doc.add(new KeywordField(Fields.STATE, state, Field.Store.NO));
      }
      docs.add(doc);
    }
    return docs;
  }
}
