package releases.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import releases.extract.County;
import releases.extract.Paragraphs;
import releases.extract.Quote;
import releases.extract.Release;
import releases.index.copies.CopyFields;
import releases.ingest.Provenance;

/** Builds the Lucene document of one extracted {@link Release}; the only place that decides how a field is indexed. */
public final class ReleaseDocument {

  /**
   * Positions for phrases, no offsets: the highlighter re-analyses the stored text of the page of hits it shows,
   * which costs well under a millisecond, while offsets in the postings would add a sixth to the index.
   */
  static final FieldType PROSE = TextField.TYPE_STORED;
  private static final FieldType PROSE_UNSTORED = TextField.TYPE_NOT_STORED;

  /**
   * The words as written, where patterns are matched (see {@link Fields#BODY_WORDS}): which documents hold a word,
   * nothing more. At 20,000 generated releases it adds 17% to the index and 12% to indexing CPU (docs/search.md).
   */
  static final FieldType WORDS = words();

  private static FieldType words() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  private ReleaseDocument() {}

  /**
   * The documents to index for {@code release}: one per quote, then the release itself, written as one block so
   * that an update by id replaces all of them at once.
   */
  public static List<Document> block(Release release, String hash) {
    return block(release, release.id(), hash, null);
  }

  /**
   * The same for a release of the file {@code file}, recording the file's {@code stamp} (null for none) so that
   * the next run need not read it.
   */
  public static List<Document> block(Release release, String file, String hash, String stamp) {
    return block(release, file, hash, stamp, null);
  }

  /**
   * The same, showing {@code source} (made absolute) as the release's path, so that a search from any working
   * directory lists a path that exists; null keeps the release's own path.
   */
  public static List<Document> block(Release release, String file, String hash, String stamp, Path source) {
    return block(release, file, hash, stamp, source, fingerprint -> false);
  }

  /** The same, with the paragraphs whose fingerprints {@code boilerplate} accepts indexed as boilerplate. */
  public static List<Document> block(Release release, String file, String hash, String stamp, Path source,
      LongPredicate boilerplate) {
    return block(release, file, hash, stamp, source, cut(release), boilerplate);
  }

  /** The release's body cut into paragraphs, or null when {@link Boilerplate#ON} is false. */
  static Paragraphs.Cut cut(Release release) {
    return Boilerplate.ON ? Paragraphs.cut(release.body()) : null;
  }

  /**
   * The same, given the release's body {@code cut} once (for the counts, the fields and the signature), or null to
   * index the body whole.
   */
  public static List<Document> block(Release release, String file, String hash, String stamp, Path source,
      Paragraphs.Cut cut, LongPredicate boilerplate) {
    List<Document> docs = new ArrayList<>(QuoteDocument.of(release));
    docs.forEach(d -> d.add(new KeywordField(Fields.FILE, file, Field.Store.NO)));
    docs.forEach(d -> CopyFields.addCluster(d, release));
    Document doc = of(release, hash, source == null ? release.path() : source.toAbsolutePath().normalize().toString(),
        cut, boilerplate);
    doc.add(new KeywordField(Fields.FILE, file, Field.Store.NO));
    if (stamp != null) {
      doc.add(new BinaryDocValuesField(Fields.STAMP, new BytesRef(stamp)));
    }
    docs.add(doc);
    return docs;
  }

  /** The document for {@code release}, whose file's bytes hash to {@code hash}. */
  public static Document of(Release release, String hash) {
    return of(release, hash, release.path(), cut(release), fingerprint -> false);
  }

  private static Document of(Release release, String hash, String shownPath, Paragraphs.Cut cut,
      LongPredicate boilerplate) {
    Document doc = new Document();
    doc.add(new KeywordField(Fields.KIND, Fields.KIND_RELEASE, Field.Store.NO));
    // KeywordField: an exact term to update and delete by, plus doc values to list ids cheaply.
    // Nothing but the body is stored: a hit is listed from doc values, and the body is what snippets are cut from.
    doc.add(new KeywordField(Fields.ID, release.id(), Field.Store.NO));
    doc.add(new BinaryDocValuesField(Fields.SHOWN_PATH, new BytesRef(shownPath)));
    doc.add(new SortedDocValuesField(Fields.HASH, new BytesRef(hash)));
    CopyFields.add(doc, release, cut);
    if (present(release.title())) {
      doc.add(new Field(Fields.TITLE, release.title(), PROSE_UNSTORED));
      doc.add(new Field(Fields.TITLE_WORDS, release.title(), WORDS));
      doc.add(new BinaryDocValuesField(Fields.SHOWN_TITLE, new BytesRef(release.title())));
    }
    if (present(release.subtitle())) {
      doc.add(new Field(Fields.TITLE, release.subtitle(), PROSE_UNSTORED));
      doc.add(new Field(Fields.TITLE_WORDS, release.subtitle(), WORDS));
    }
    ParagraphFields.add(doc, release.body(), cut, boilerplate);
    // Patterns match the words as written anywhere in the body, boilerplate or not.
    doc.add(new Field(Fields.BODY_WORDS, release.body(), WORDS));
    Provenance from = release.provenance();
    doc.add(new BinaryDocValuesField(Fields.SHOWN_FORMAT, new BytesRef(from.format())));
    if (from.sourceUrl() != null) {
      doc.add(new BinaryDocValuesField(Fields.SHOWN_SOURCE_URL, new BytesRef(from.sourceUrl())));
    }
    if (from.captured() != null) {
      doc.add(new BinaryDocValuesField(Fields.SHOWN_CAPTURED, new BytesRef(from.captured())));
    }
    LocalDate date = release.date();
    if (date != null) {
      // LongField: points for range filters and doc values for sorting, from one field.
      doc.add(new LongField(Fields.DATE, date.toEpochDay(), Field.Store.NO));
      doc.add(new KeywordField(Fields.YEAR, String.valueOf(date.getYear()), Field.Store.NO));
      doc.add(new KeywordField(Fields.MONTH, date.toString().substring(0, 7), Field.Store.NO));
    }
    if (present(release.city())) {
      doc.add(new TextField(Fields.CITY, release.city(), Field.Store.NO));
      doc.add(new BinaryDocValuesField(Fields.SHOWN_CITY, new BytesRef(release.city())));
    }
    String state = canonicalState(release);
    if (state != null) {
      doc.add(new KeywordField(Fields.STATE, state, Field.Store.NO));
    }
    for (String county : counties(release)) {
      doc.add(new TextField(Fields.COUNTY, county, Field.Store.NO));
      doc.add(new KeywordField(Fields.COUNTY_NAME, county, Field.Store.NO));
    }
    for (String official : officials(release)) {
      doc.add(new TextField(Fields.OFFICIAL, official, Field.Store.NO));
      doc.add(new KeywordField(Fields.OFFICIAL_NAME, official, Field.Store.NO));
    }
    return doc;
  }

  /** The table's spelling, so that a filter on "MO" finds releases whose extractor wrote "Missouri" or "MO". */
  public static String canonicalState(Release r) {
    return States.resolve(r.state()).or(() -> States.resolve(r.stateCode())).orElse(r.state());
  }

  /** "Stark, Ohio": a county name recurs across states, so the facet value carries its state. */
  public static Set<String> counties(Release r) {
    Set<String> out = new LinkedHashSet<>();
    for (County c : r.counties()) {
      String state = States.resolve(c.state()).orElse(c.state());
      out.add(present(state) ? c.county().strip() + ", " + state : c.county().strip());
    }
    return out;
  }

  public static Set<String> officials(Release r) {
    Set<String> out = new LinkedHashSet<>();
    for (Quote q : r.quotes()) {
      out.add(q.speaker().strip().replaceAll("\\s+", " "));
    }
    return out;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
