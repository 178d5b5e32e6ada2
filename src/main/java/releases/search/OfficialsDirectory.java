package releases.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import releases.index.Fields;
import releases.search.Officials.Official;

/**
 * The directory of quoted officials: one pass over the selected quote documents' doc values (no stored fields
 * decoded), tallied per official and per role.
 */
final class OfficialsDirectory {

  private OfficialsDirectory() {}

  static List<OfficialSummary> list(IndexSearcher searcher, Query quotes, List<Official> officials) throws IOException {
    OfficialTally tally = new OfficialTally(officials);
    Weight weight = searcher.createWeight(searcher.rewrite(quotes), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Columns c = new Columns(leaf);
      // A scorer's iterator still visits deleted documents (replaced releases' old quotes); skip them.
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          tally.add(c.text(c.speaker, doc), c.text(c.id, doc), c.text(c.role, doc), c.text(c.organization, doc),
              c.date(doc), c.words(doc));
        }
      }
    }
    return tally.summaries();
  }

  /** The doc values one leaf offers for the tally. */
  private static final class Columns {
    final SortedSetDocValues speaker;
    final SortedSetDocValues id;
    final SortedDocValues role;
    final SortedDocValues organization;
    final SortedNumericDocValues date;
    final NumericDocValues words;

    Columns(LeafReaderContext leaf) throws IOException {
      speaker = leaf.reader().getSortedSetDocValues(Fields.SPEAKER);
      id = leaf.reader().getSortedSetDocValues(Fields.ID);
      role = leaf.reader().getSortedDocValues(Fields.ROLE);
      organization = leaf.reader().getSortedDocValues(Fields.ORGANIZATION);
      date = leaf.reader().getSortedNumericDocValues(Fields.DATE);
      words = leaf.reader().getNumericDocValues(Fields.QUOTE_PRINT);
    }

    long words(int doc) throws IOException {
      return words != null && words.advanceExact(doc) ? words.longValue() : doc;
    }

    String text(SortedSetDocValues dv, int doc) throws IOException {
      return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.nextOrd()).utf8ToString() : null;
    }

    String text(SortedDocValues dv, int doc) throws IOException {
      return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    LocalDate date(int doc) throws IOException {
      return date != null && date.advanceExact(doc) ? LocalDate.ofEpochDay(date.nextValue()) : null;
    }
  }
}
