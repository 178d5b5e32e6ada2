package releases.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Every index field name, the facet dimensions and the fields that hold their values, and the analyzers. */
public final class Fields {

  /** The release id (relative path without extension): exact, unique, the key for updates. */
  public static final String ID = "id";
  /**
   * The id of the file a release comes from, on the release and its quotes: the key for updates and deletes, since
   * a file may hold several releases ({@code FILE#1}, {@code FILE#2}, ...) and all go or change together.
   */
  public static final String FILE = "file";
  /** The file's path as shown to the user; stored only. */
  public static final String PATH = "path";
  /** A digest of the file's bytes, to skip unchanged files on the next run. */
  public static final String HASH = "hash";
  /** The file's size and modification time when read: a file with the same stamp is not read again. */
  public static final String STAMP = "stamp";
  /** Headline and subtitle: analysed English text, stored for snippets. */
  public static final String TITLE = "title";
  /** The release text: analysed English text, stored for snippets. */
  public static final String BODY = "body";

  /**
   * The words of the title, the body and a quote as written (lower-cased and folded, never stemmed), for patterns
   * only: a wildcard, prefix, regular expression or fuzzy term is matched against these, so {@code te?as} finds
   * "texas" although the ranking field holds the stem "texa". Indexed as documents only: no positions (no phrase
   * holds a pattern), no frequencies or norms (a pattern's matches score as one), nothing stored.
   */
  public static final String TITLE_WORDS = "title.words";
  public static final String BODY_WORDS = "body.words";
  public static final String QUOTE_WORDS = "quote.words";

  /** The release date as an epoch day: points to filter, doc values to sort. */
  public static final String DATE = "date";
  /** The dateline city, tokenised without stemming so that {@code city:"st. louis"} works. */
  public static final String CITY = "city";
  /** The dateline state's full name, exact. */
  public static final String STATE = "state";
  /** County names, tokenised without stemming. */
  public static final String COUNTY = "county";
  /** Names of the officials quoted in the release, tokenised without stemming. */
  public static final String OFFICIAL = "official";

  /**
   * What a document is: a release, or one quote of it. Quote documents are indexed in the same block as their
   * release (and share its {@link #ID}), so replacing or deleting a release takes its quotes along atomically.
   */
  public static final String KIND = "kind";
  public static final String KIND_RELEASE = "release";
  public static final String KIND_QUOTE = "quote";
  /** The quoted words: analysed like the body, stored to show them whole. */
  public static final String QUOTE = "quote";
  /** The speaker's name as the release writes it: exact, with doc values, the key of name resolution. */
  public static final String SPEAKER = "speaker";
  /** The speaker's role and organisation when quoted: stored and in doc values, for the officials directory. */
  public static final String ROLE = "role";
  public static final String ORGANIZATION = "organization";
  /** The quoting release's headline, kept on each quote to show it without a second lookup. */
  public static final String RELEASE_TITLE = "release_title";

  /**
   * Doc values copies of what a hit shows, read without touching the stored fields, where each release's body
   * sits compressed next to them. Fields of their own: Lucene wants one field to have one shape in every document.
   */
  public static final String SHOWN_PATH = "shown_path";
  public static final String SHOWN_TITLE = "shown_title";
  public static final String SHOWN_CITY = "shown_city";
  /** Provenance, shown with a hit: the saved form, the address it was saved from, a web archive's capture time. */
  public static final String SHOWN_FORMAT = "shown_format";
  public static final String SHOWN_SOURCE_URL = "shown_source_url";
  public static final String SHOWN_CAPTURED = "shown_captured";

  /**
   * Exact values with sorted-set doc values, one field per dimension: filters look terms up, facet counting reads
   * one small column per dimension instead of every dimension's ordinals mixed in one field.
   */
  public static final String YEAR = "year";
  public static final String MONTH = "month";
  public static final String OFFICIAL_NAME = "official_name";
  public static final String COUNTY_NAME = "county_name";

  // Copies (issue 16, copies half): near-duplicate clusters.
  /** A release's copy signature (normalised-text hash and MinHash bins), binary doc values; see index.copies. */
  public static final String COPY_SIGNATURE = "copy_signature";
  /**
   * The cluster of near-duplicates a release (and each of its quotes) belongs to, numeric doc values only: written
   * with the release's own cluster, then updated in place after each run (IndexWriter.updateNumericDocValue).
   */
  public static final String CLUSTER = "cluster";
  /** A hash of a quote's normalised words, numeric doc values: copies give the same quote, folded into one hit. */
  public static final String QUOTE_KEY = "quote_key";

  /** Facet dimensions: names users type after {@code --facet}. */
  public static final String DIM_STATE = "state";
  public static final String DIM_YEAR = "year";
  public static final String DIM_MONTH = "month";
  public static final String DIM_OFFICIAL = "official";
  public static final String DIM_COUNTY = "county";
  public static final List<String> DIMENSIONS = List.of(DIM_STATE, DIM_YEAR, DIM_MONTH, DIM_OFFICIAL, DIM_COUNTY);

  // Boilerplate and what is new (issue 16, boilerplate half): see docs/boilerplate.md.
  /**
   * The release's boilerplate paragraphs (those in at least {@link Boilerplate#MIN_RELEASES} releases), analysed
   * like the body but searched with a lower weight; {@link #BODY} then indexes only the release's own paragraphs.
   */
  public static final String BOILERPLATE = "boilerplate";
  /** The fingerprint of each distinct paragraph: points to find the releases that have one, doc values to count. */
  public static final String PARAGRAPH = "paragraph";
  /** The fingerprints the release was indexed with as boilerplate (doc values only): what settling checks. */
  public static final String BOILERPLATE_PARAGRAPH = "boilerplate_paragraph";

  /** On each quote document, the fingerprint of its normalised words: the key that makes a repeated quote one. */
  public static final String QUOTE_PRINT = "quote_print";

  /** Fields only release documents have: a query over these alone needs no filter to keep quotes out. */
  public static final Set<String> RELEASE_ONLY =
      Set.of(TITLE, BODY, BOILERPLATE, TITLE_WORDS, BODY_WORDS, COUNTY, YEAR, MONTH, OFFICIAL_NAME, COUNTY_NAME);

  /** The field holding the unstemmed words of each stemmed one, where patterns are matched. */
  public static final Map<String, String> WORDS = Map.of(TITLE, TITLE_WORDS, BODY, BODY_WORDS, QUOTE, QUOTE_WORDS);

  /** The field a user named to search {@code field}: the stemmed field for its words field, else itself. */
  public static String typed(String field) {
    return field.endsWith(".words") ? field.substring(0, field.length() - ".words".length()) : field;
  }

  /** Fields the query syntax accepts after {@code name:}. */
  public static final List<String> QUERY_FIELDS = List.of(TITLE, BODY, QUOTE, STATE, CITY, OFFICIAL, COUNTY, DATE, ID);

  /** The field holding each dimension's values (the state's exact field serves as its own). */
  public static final Map<String, String> FACET_FIELDS = Map.of(
      DIM_STATE, STATE, DIM_YEAR, YEAR, DIM_MONTH, MONTH, DIM_OFFICIAL, OFFICIAL_NAME, DIM_COUNTY, COUNTY_NAME);

  /** Stemmed English for prose, plain lower-cased words for names; used to index and to parse queries. */
  public static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(
      Analyzers.english(),
      Map.of(CITY, Analyzers.names(), COUNTY, Analyzers.names(), OFFICIAL, Analyzers.names(),
          TITLE_WORDS, Analyzers.names(), BODY_WORDS, Analyzers.names(), QUOTE_WORDS, Analyzers.names()));

  /**
   * For the highlighter, which re-reads a stored text: each word of a stemmed field as written and as its stem, at
   * one position, so that a pattern over its words field and a term of its stems both mark the word.
   */
  public static final Analyzer HIGHLIGHT_ANALYZER = new PerFieldAnalyzerWrapper(
      Analyzers.englishAndWords(),
      Map.of(CITY, Analyzers.names(), COUNTY, Analyzers.names(), OFFICIAL, Analyzers.names()));

  private Fields() {}
}
