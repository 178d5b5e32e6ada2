package releases.index;

import java.util.function.LongPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.internal.hppc.LongHashSet;
import releases.extract.Paragraphs;
import releases.extract.Paragraphs.Paragraph;

/**
 * The body of a release document split by paragraph: the whole text stored (for {@code show} and snippets), the
 * release's own paragraphs indexed as {@link Fields#BODY}, its boilerplate as {@link Fields#BOILERPLATE}, and every
 * paragraph's fingerprint; the paragraphs are the body's {@link Paragraphs#cut} (null: the body
 * indexed whole).
 */
final class ParagraphFields {

  private ParagraphFields() {}

  static void add(Document doc, String body, Paragraphs.Cut cut, LongPredicate boilerplate) {
    doc.add(new StoredField(Fields.BODY, body));
    if (cut == null) {
      doc.add(new Field(Fields.BODY, body, TextField.TYPE_NOT_STORED));
      return;
    }
    StringBuilder own = new StringBuilder(body.length());
    StringBuilder shared = new StringBuilder();
    LongHashSet seen = new LongHashSet();
    for (Paragraph p : cut.paragraphs()) {
      boolean first = seen.add(p.fingerprint());
      boolean common = boilerplate.test(p.fingerprint());
      (common ? shared : own).append(p.text()).append("\n\n");
      if (!first) {
        continue; // a paragraph said twice in one release still counts once
      }
      // LongField: an exact point query finds the releases holding a paragraph (show --new), and its doc values
      // let the corpus-wide counts be rebuilt without reading a stored field.
      doc.add(new LongField(Fields.PARAGRAPH, p.fingerprint(), Field.Store.NO));
      if (common) {
        doc.add(new SortedNumericDocValuesField(Fields.BOILERPLATE_PARAGRAPH, p.fingerprint()));
      }
    }
    // Not stored: the stored body above is the one text both fields were cut from.
    doc.add(new Field(Fields.BODY, own.toString(), TextField.TYPE_NOT_STORED));
    if (!shared.isEmpty()) {
      doc.add(new Field(Fields.BOILERPLATE, shared.toString(), TextField.TYPE_NOT_STORED));
    }
  }
}
