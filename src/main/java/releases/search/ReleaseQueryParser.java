package releases.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import releases.Echo;
import releases.index.Fields;
import releases.index.States;

/**
 * The classic query syntax over title and body, with the metadata fields handled by meaning rather than by
 * text: {@code state:} takes any spelling of a state, {@code date:} takes years, months and days and ranges of them.
 */
final class ReleaseQueryParser extends MultiFieldQueryParser {

  /** A headline match says more about a release than one in its boilerplate-heavy body. */
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f, Fields.BODY, 1f);

  /**
   * A word in a release's boilerplate (see docs/boilerplate.md) counts for a fifth of one in its own text: the
   * release still matches, but one that says the word in its own paragraphs ranks first.
   */
  static final float BOILERPLATE_BOOST = 0.2f;
  private static final Map<String, Float> WITH_BOILERPLATE =
      Map.of(Fields.TITLE, 2f, Fields.BODY, 1f, Fields.BOILERPLATE, BOILERPLATE_BOOST);

  /** Our own complaint, kept apart from the grammar's errors so its message reaches the user as written. */
  static final class QueryError extends ParseException {
    QueryError(String message) {
      super(message);
    }
  }

  /**
   * What the parser asks the index for. {@code official} turns a typed name into the query for every written form
   * of the one official it names (as {@code --by} resolves it); {@code quoted} turns a query over quote documents
   * into one over the releases holding a matching quote. Null for either leaves that field to plain text matching
   * ({@code quote:} in a release query is then refused).
   */
  record Lookups(Function<String, Query> official, UnaryOperator<Query> quoted, IndexReader reader) {
    static final Lookups NONE = new Lookups(null, null);

    /** Without an index to count the words a wildcard matches (OpenSearch counts its own). */
    Lookups(Function<String, Query> official, UnaryOperator<Query> quoted) {
      this(official, quoted, null);
    }
  }

  private final boolean overQuotes;
  private final boolean boilerplate;
  private final Lookups lookups;

  ReleaseQueryParser(boolean any) {
    this(any, Lookups.NONE);
  }

  ReleaseQueryParser(boolean any, Lookups lookups) {
    this(new String[] {Fields.TITLE, Fields.BODY}, BOOSTS, any, false, lookups);
  }

  /**
   * Over an index that keeps boilerplate in its own field (the embedded one): plain words and {@code body:} also
   * search {@link Fields#BOILERPLATE}, with {@link #BOILERPLATE_BOOST}.
   */
  static ReleaseQueryParser withBoilerplate(boolean any, Lookups lookups) {
    return new ReleaseQueryParser(new String[] {Fields.TITLE, Fields.BODY, Fields.BOILERPLATE}, WITH_BOILERPLATE, any,
        false, lookups);
  }

  static ReleaseQueryParser overQuotes(boolean any) {
    return overQuotes(any, Lookups.NONE);
  }

  static ReleaseQueryParser overQuotes(boolean any, Lookups lookups) {
    return new ReleaseQueryParser(new String[] {Fields.QUOTE}, Map.of(Fields.QUOTE, 1f), any, true, lookups);
  }

  private ReleaseQueryParser(String[] fields, Map<String, Float> boosts, boolean any, boolean overQuotes, Lookups lookups) {
    super(fields, Fields.ANALYZER, boosts);
    this.boilerplate = java.util.Arrays.asList(fields).contains(Fields.BOILERPLATE);
    this.overQuotes = overQuotes;
    this.lookups = lookups;
    setDefaultOperator(any ? OR_OPERATOR : AND_OPERATOR);
    // "information-sharing" typed unquoted then means the phrase, as it does in the text.
    setSplitOnWhitespace(true);
    // The corpus is small enough that *tion, which scans the whole term dictionary, is still quick.
    setAllowLeadingWildcard(true);
    setAutoGeneratePhraseQueries(true);
    setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK);
  }

  /** The columns of the patterns (wildcards, prefixes, fuzzy terms, regular expressions) read so far. */
  private final java.util.Set<Integer> patterns = new java.util.HashSet<>();

  /**
   * Counts the pattern at {@code column}: each one costs an automaton compiled for every field it searches (a few
   * milliseconds, and up to tens for a '?' that may stand for any character), so a query holds a bounded number.
   */
  private void pattern(int column) throws QueryError {
    if (patterns.add(column) && patterns.size() > QueryLimits.MAX_PATTERNS) {
      throw new QueryError("the pattern at column " + column + " is one more than the " + QueryLimits.MAX_PATTERNS
          + " wildcards, fuzzy terms and regular expressions a query may hold");
    }
  }

  /** Where in the query the term being read starts, counted from 1 (the grammar's stream counts columns from 0). */
  int column() {
    return token == null ? 1 : token.beginColumn + 1;
  }

  /** Transitions of the automata of the wildcards and regular expressions read so far ({@link QueryLimits#transitions}). */
  private long transitions;

  /** {@code q}, or a refusal when a pattern in it matches too many words of the index. */
  private Query counted(Query q, String typed, int column) throws QueryError {
    if (q != null && lookups.reader() != null) {
      Expansions.check(lookups.reader(), q, typed, column);
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) {
      return super.getFieldQuery(null, text, quoted);
    }
    return switch (known(field)) {
      case Fields.STATE -> KeywordField.newExactQuery(Fields.STATE, state(text));
      case Fields.DATE -> dateRange(text, text, true, true);
      case Fields.ID -> KeywordField.newExactQuery(Fields.ID, text);
      case Fields.OFFICIAL -> lookups.official() != null ? lookups.official().apply(text)
          : super.getFieldQuery(Fields.OFFICIAL, text, quoted);
      case Fields.QUOTE -> quoted(super.getFieldQuery(Fields.QUOTE, text, quoted));
      case Fields.BODY -> withBoilerplate(super.getFieldQuery(Fields.BODY, text, quoted),
          boilerplate ? super.getFieldQuery(Fields.BOILERPLATE, text, quoted) : null);
      default -> super.getFieldQuery(known(field), text, quoted);
    };
  }

  /** {@code body:} means the whole body: its own paragraphs, or else its boilerplate at a lower weight. */
  private static Query withBoilerplate(Query own, Query shared) {
    if (own == null || shared == null) {
      return own;
    }
    return new org.apache.lucene.search.BooleanQuery.Builder().add(own, Occur.SHOULD)
        .add(new org.apache.lucene.search.BoostQuery(shared, BOILERPLATE_BOOST), Occur.SHOULD).build();
  }

  /** A query on the quoted words: as it is over quote documents, else the releases holding a matching quote. */
  private Query quoted(Query words) throws QueryError {
    if (overQuotes || words == null) {
      return words;
    }
    if (lookups.quoted() == null) {
      throw new QueryError("quote: is not searchable here; use `releases quotes WORDS` for quotes");
    }
    return lookups.quoted().apply(words);
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (slop < 0) {
      throw new QueryError("the slop " + slop + " at column " + column() + " must be 0 or more"
          + " (\"x y\"~2 finds the words at most 2 positions apart)");
    }
    if (field == null) {
      return super.getFieldQuery(null, text, slop);
    }
    String f = known(field);
    if (f.equals(Fields.STATE) || f.equals(Fields.DATE) || f.equals(Fields.ID)
        || (f.equals(Fields.OFFICIAL) && lookups.official() != null)) {
      return getFieldQuery(f, text, true);
    }
    if (f.equals(Fields.QUOTE)) {
      return quoted(super.getFieldQuery(f, text, slop));
    }
    if (f.equals(Fields.BODY) && boilerplate) {
      return withBoilerplate(super.getFieldQuery(f, text, slop), super.getFieldQuery(Fields.BOILERPLATE, text, slop));
    }
    return super.getFieldQuery(f, text, slop);
  }

  /**
   * A group of only negated clauses ({@code NOT x}, {@code -x -y}) means everything except them, as people read
   * it; Lucene's own reading, a group that matches nothing, is never what was meant.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    if (!clauses.isEmpty()
        && clauses.stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
      List<BooleanClause> all = new ArrayList<>(clauses);
      all.add(new BooleanClause(new MatchAllDocsQuery(), Occur.FILTER));
      return super.getBooleanQuery(all);
    }
    return super.getBooleanQuery(clauses);
  }

  @Override
  protected Query getRangeQuery(String field, String lo, String hi, boolean loIn, boolean hiIn) throws ParseException {
    if (field != null && known(field).equals(Fields.DATE)) {
      return dateRange(lo, hi, loIn, hiIn);
    }
    return super.getRangeQuery(field == null ? null : textField(field, "a range"), lo, hi, loIn, hiIn);
  }

  @Override
  protected Query getWildcardQuery(String field, String typed) throws ParseException {
    if ("*".equals(field) && "*".equals(typed)) {
      return new MatchAllDocsQuery();
    }
    int column = column();
    pattern(column);
    String f = field == null ? null : textField(field, "a wildcard");
    if (typed.chars().allMatch(c -> c == '*') && (f == null || Fields.WORDS.containsKey(f))) {
      // '*' alone (or '***') in the text means every release, as '*:*' does, rather than every word of it.
      return new MatchAllDocsQuery();
    }
    String text = QueryLimits.wildcard(typed, column);
    if (f != null) {
      // The same automaton Lucene builds (a field's name takes no part in it), weighed before it is compiled.
      transitions = QueryLimits.transitions(transitions,
          WildcardQuery.toAutomaton(new Term(words(f), text), QueryLimits.DETERMINIZE_WORK), column);
    }
    return quotedIf(field, counted(super.getWildcardQuery(words(f), text), typed, column));
  }

  @Override
  protected Query getPrefixQuery(String field, String text) throws ParseException {
    int column = column();
    pattern(column);
    String f = field == null ? null : textField(field, "a wildcard");
    return quotedIf(field, counted(super.getPrefixQuery(words(f), text), text + "*", column));
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    int column = column();
    pattern(column);
    Query q = super.getFuzzyQuery(field == null ? null : words(textField(field, "a fuzzy term")), text, similarity);
    if (q instanceof FuzzyQuery f) {
      try {
        // Built here, where the column is known, rather than when the search first reads the terms.
        f.getAutomata();
      } catch (FuzzyTermsEnum.FuzzyTermsException | TooComplexToDeterminizeException e) {
        throw new QueryError("the fuzzy term '" + Echo.of(text) + "~' at column " + column
            + " is too long to match approximately; search for it as written");
      }
    }
    return quotedIf(field, q);
  }

  @Override
  protected Query getRegexpQuery(String field, String typed) throws ParseException {
    if (field == null) {
      return super.getRegexpQuery(null, typed);
    }
    String f = words(textField(field, "a regular expression"));
    int column = column();
    pattern(column);
    String text = getAnalyzer().normalize(f, typed).utf8ToString();
    RegExp re = QueryLimits.regex(text, column);
    try {
      transitions = QueryLimits.transitions(transitions,
          Operations.determinize(re.toAutomaton(), QueryLimits.DETERMINIZE_WORK), column);
      return quotedIf(field, counted(new RegexpQuery(new Term(f, text), QueryLimits.REGEX_FLAGS, 0,
          RegexpQuery.DEFAULT_PROVIDER, QueryLimits.DETERMINIZE_WORK, getMultiTermRewriteMethod(), true),
          "/" + typed + "/", column));
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryError("the regular expression at column " + column + " is too complex to match"
          + " (it would need more than " + QueryLimits.DETERMINIZE_WORK + " units of work); simplify it");
    } catch (IllegalArgumentException e) {
      throw new QueryError("the regular expression at column " + column + " cannot be read: " + Echo.of(e.getMessage()));
    }
  }

  /**
   * Where a pattern over {@code field} is matched: the words as written for a stemmed field (the index holds
   * "texa" for "texas", which {@code te?as} must find), else the field itself; null (every default field) stays.
   */
  private static String words(String field) {
    if (Fields.BOILERPLATE.equals(field)) {
      return Fields.BODY_WORDS; // body.words holds the whole body, boilerplate included
    }
    return field == null ? null : Fields.WORDS.getOrDefault(field, field);
  }

  private Query quotedIf(String field, Query q) throws QueryError {
    return field != null && field.equalsIgnoreCase(Fields.QUOTE) ? quoted(q) : q;
  }

  private static String known(String field) throws QueryError {
    String f = field.toLowerCase(Locale.ROOT);
    // The boilerplate field is searched along with the body, never named by users, but reaches the same checks.
    if (!Fields.QUERY_FIELDS.contains(f) && !f.equals(Fields.BOILERPLATE)) {
      throw new QueryError("unknown field '" + Echo.of(field) + ":'; fields are " + String.join(":, ", Fields.QUERY_FIELDS) + ":");
    }
    return f;
  }

  private static String textField(String field, String what) throws QueryError {
    String f = known(field);
    if (f.equals(Fields.DATE) || f.equals(Fields.STATE) || f.equals(Fields.ID)) {
      throw new QueryError(f + ": does not take " + what + "; write the value in full");
    }
    return f;
  }

  private static String state(String text) throws QueryError {
    Optional<String> name = States.resolve(text);
    if (name.isEmpty()) {
      var near = States.closest(text);
      throw new QueryError("unknown state '" + Echo.of(text) + "' after state:"
          + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
    }
    return name.get();
  }

  /** Open ends ({@code *}) reach here as null; {@code {2010 TO 2012}} means 2011 only. */
  private static Query dateRange(String lo, String hi, boolean loIn, boolean hiIn) throws QueryError {
    try {
      long first = Long.MIN_VALUE;
      if (lo != null) {
        DateBounds b = DateBounds.parse(lo);
        first = loIn ? b.first().toEpochDay() : b.last().toEpochDay() + 1;
      }
      long last = Long.MAX_VALUE;
      if (hi != null) {
        DateBounds b = DateBounds.parse(hi);
        last = hiIn ? b.last().toEpochDay() : b.first().toEpochDay() - 1;
      }
      if (last < first) {
        throw new QueryError("date range " + lo + " TO " + hi + " ends before it starts");
      }
      return LongField.newRangeQuery(Fields.DATE, first, last);
    } catch (IllegalArgumentException e) {
      throw new QueryError(e.getMessage() + " after date:");
    }
  }
}
