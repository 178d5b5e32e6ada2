package releases.search;

import java.io.IOException;
import java.nio.file.Path;
import releases.extract.CorpusExtraction;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import releases.index.Fields;
import releases.ingest.Provenance;

/**
 * Reads what a result list shows of a release from doc values. Stored fields are compressed in blocks with the
 * bodies, which the highlighter reads anyway; reading them a second time for the title was half of a query's cost.
 */
final class ListedFields {

  private ListedFields() {}

  static Hit hit(IndexReader reader, int doc, float score, List<Snippet> snippets) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LeafReader leaf = ctx.reader();
    int d = doc - ctx.docBase;
    String id = first(leaf.getSortedSetDocValues(Fields.ID), d);
    String path = shown(binary(leaf.getBinaryDocValues(Fields.SHOWN_PATH), d));
    SortedNumericDocValues dates = leaf.getSortedNumericDocValues(Fields.DATE);
    LocalDate date = dates != null && dates.advanceExact(d) ? LocalDate.ofEpochDay(dates.nextValue()) : null;
    String format = binary(leaf.getBinaryDocValues(Fields.SHOWN_FORMAT), d);
    Provenance from = format == null ? Provenance.TEXT : new Provenance(format,
        binary(leaf.getBinaryDocValues(Fields.SHOWN_SOURCE_URL), d), binary(leaf.getBinaryDocValues(Fields.SHOWN_CAPTURED), d));
    return new Hit(id, path, binary(leaf.getBinaryDocValues(Fields.SHOWN_TITLE), d), date,
        binary(leaf.getBinaryDocValues(Fields.SHOWN_CITY), d), first(leaf.getSortedSetDocValues(Fields.STATE), d),
        all(leaf.getSortedSetDocValues(Fields.COUNTY_NAME), d), score, snippets, from);
  }

  /**
   * The release a quote document belongs to: quotes are indexed in one block just before their release, and only
   * releases carry the shown path, so the next document with one is the quote's release.
   */
  static int release(IndexReader reader, int quoteDoc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(quoteDoc, leaves));
    BinaryDocValues paths = ctx.reader().getBinaryDocValues(Fields.SHOWN_PATH);
    int d = paths == null ? DocIdSetIterator.NO_MORE_DOCS : paths.advance(quoteDoc - ctx.docBase);
    if (d == DocIdSetIterator.NO_MORE_DOCS) {
      throw new IllegalStateException("quote document " + quoteDoc + " has no release after it");
    }
    return ctx.docBase + d;
  }

  /** A single-valued doc values string of {@code doc} (a top-level id), or null. */
  static String value(IndexReader reader, String field, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return first(DocValues.getSortedSet(ctx.reader(), field), doc - ctx.docBase);
  }

  /** An absolute stored path as the user's working directory sees it: relative below it, absolute elsewhere. */
  static String shown(String stored) {
    return stored != null && stored.startsWith("/") ? CorpusExtraction.displayPath(Path.of(stored)) : stored;
  }

  private static String binary(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }

  private static List<String> all(SortedSetDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(values.docValueCount());
    for (int i = values.docValueCount(); i > 0; i--) {
      out.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return out;
  }

  private static String first(SortedSetDocValues values, int doc) throws IOException {
    return values != null && values.advanceExact(doc) && values.docValueCount() > 0 ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
  }
}
