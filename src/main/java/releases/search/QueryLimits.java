package releases.search;

import java.time.Duration;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import releases.Echo;

/**
 * The limits a query is held to before any work is done for it (docs/queries.md#limits). Each one refused is a
 * usage error that says where and what to change; none of them is met by a query a person types.
 */
public final class QueryLimits {

  /** Characters in a query. */
  public static final int MAX_LENGTH = 2_000;
  /** Parentheses inside parentheses, in a query or in a regular expression; OpenSearch's own default bool nesting. */
  public static final int MAX_DEPTH = 20;
  /** Words, phrases and terms in one query: Lucene's and OpenSearch's default clause count. */
  public static final int MAX_CLAUSES = 1_024;
  /** Distinct words of one field that a wildcard, prefix or regular expression may match. */
  public static final int MAX_EXPANSIONS = 10_000;
  /** Letters a pattern that starts with a wildcard must hold besides, since it reads the whole word list. */
  public static final int MIN_LETTERS_AFTER_LEADING_WILDCARD = 3;
  /** Wildcards, prefixes, fuzzy terms and regular expressions in one query: each compiles an automaton per field. */
  public static final int MAX_PATTERNS = 10;
  /**
   * Transitions of the deterministic automata of one query's wildcards and regular expressions together, counted
   * once per field each searches, before they are compiled to bytes. Lucene's determinisation limit bounds the work
   * on characters, not that compiling, which grows with the transitions (a '?' or a class of wide characters is one
   * transition that becomes many byte sequences): {@code fingerprint*} has 13 a field, a 687-character regular
   * expression that a fuzzer wrote 14,857, which took 0.1-0.9 s to compile.
   */
  public static final int MAX_AUTOMATON_TRANSITIONS = 2_000;
  /** Wildcard characters in one term. */
  public static final int MAX_WILDCARDS = 16;
  /** Characters in a regular expression (OpenSearch's default max_regex_length is 1,000). */
  public static final int MAX_REGEX_LENGTH = 1_000;
  /**
   * States a regular expression may need before it is made deterministic: {@code x{0,99999}} needs 99,999, and each
   * {@code +} doubles what it repeats, so {@code x+++++++++++} (a fuzz finding) needs 2,048, whose transitions grow
   * faster still (53,252 for twelve, 1.4 s to build).
   */
  public static final int MAX_REGEX_STATES = 1_000;
  /** Work allowed to make a regular expression or wildcard deterministic, Lucene's default unit. */
  public static final int DETERMINIZE_WORK = Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;
  /** Time one request may search for, unless RELEASES_QUERY_TIME_LIMIT (seconds) says otherwise. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(1);

  /** The regular expression syntax accepted: Lucene's, less named automata ({@code <name>}), which nothing defines. */
  public static final int REGEX_FLAGS = RegExp.ALL & ~RegExp.AUTOMATON;

  static final String TOO_LONG_TIME = "query took too long; narrow it (more words, a phrase, a field or a filter)";

  private QueryLimits() {}

  /** The time limit in force: RELEASES_QUERY_TIME_LIMIT in seconds (0 for none), else {@link #TIME_LIMIT}. */
  public static Duration timeLimit() {
    String set = System.getenv("RELEASES_QUERY_TIME_LIMIT");
    if (set == null || set.isBlank()) {
      return TIME_LIMIT;
    }
    try {
      double seconds = Double.parseDouble(set.strip());
      if (seconds >= 0 && seconds < 1e6) {
        return seconds == 0 ? null : Duration.ofNanos((long) (seconds * 1e9));
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw releases.UserException.usage("RELEASES_QUERY_TIME_LIMIT must be a number of seconds, not '"
        + Echo.of(set) + "'");
  }

  /** The refusal of a query longer than {@link #MAX_LENGTH}, or null when it is not. */
  static String length(String text) {
    return text.length() <= MAX_LENGTH ? null : "the query is " + text.length() + " characters long; the limit is "
        + MAX_LENGTH;
  }

  /**
   * A wildcard pattern as it will be matched: runs of {@code *} made one (they mean the same), or a refusal when
   * it has too many wildcards or starts with one and holds too few letters besides.
   */
  static String wildcard(String pattern, int column) throws ReleaseQueryParser.QueryError {
    StringBuilder sb = new StringBuilder(pattern.length());
    int wildcards = 0;
    int letters = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        sb.append(c).append(pattern.charAt(++i));
        letters++;
      } else if (c == '*' || c == '?') {
        if (c == '*' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '*') {
          continue;
        }
        sb.append(c);
        wildcards++;
      } else {
        sb.append(c);
        letters++;
      }
    }
    String at = " at column " + column;
    if (wildcards > MAX_WILDCARDS) {
      throw new ReleaseQueryParser.QueryError("the pattern '" + Echo.of(pattern) + "'" + at + " has " + wildcards
          + " wildcards; the limit is " + MAX_WILDCARDS);
    }
    char first = sb.isEmpty() ? 0 : sb.charAt(0);
    if ((first == '*' || first == '?') && letters < MIN_LETTERS_AFTER_LEADING_WILDCARD) {
      throw new ReleaseQueryParser.QueryError("the pattern '" + Echo.of(pattern) + "'" + at
          + " starts with a wildcard and would read every word; give it at least "
          + MIN_LETTERS_AFTER_LEADING_WILDCARD + " letters");
    }
    return sb.toString();
  }

  /** A regular expression parsed with {@link #REGEX_FLAGS}, or a refusal saying what is wrong with it and where. */
  static RegExp regex(String text, int column) throws ReleaseQueryParser.QueryError {
    String at = "the regular expression at column " + column;
    if (text.length() > MAX_REGEX_LENGTH) {
      throw new ReleaseQueryParser.QueryError(at + " is " + text.length() + " characters long; the limit is "
          + MAX_REGEX_LENGTH);
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && ++depth > MAX_DEPTH) {
        throw new ReleaseQueryParser.QueryError(at + " nests parentheses more than " + MAX_DEPTH + " deep");
      } else if (c == ')') {
        depth--;
      }
    }
    RegExp re;
    try {
      re = new RegExp(text, REGEX_FLAGS);
    } catch (IllegalArgumentException e) {
      // Lucene counts positions in the expression from 0; the column is in the query, after the opening '/'.
      java.util.regex.Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
      String why = m.find() ? m.replaceFirst("at column " + (column + 1 + Integer.parseInt(m.group(1)))) : e.getMessage();
      throw new ReleaseQueryParser.QueryError(at + " cannot be read: " + Echo.of(why)
          + "; put a backslash before a character meant literally");
    }
    if (states(re) > MAX_REGEX_STATES) {
      throw new ReleaseQueryParser.QueryError(at + " is too large to match (its repeats need more than "
          + MAX_REGEX_STATES + " states); use shorter repeats such as {0,20}");
    }
    return re;
  }

  /**
   * Adds the transitions of {@code a}, a pattern's automaton before it is compiled, to {@code sofar}, the count of
   * the query's patterns read before it, or refuses the pattern at {@code column} when the sum passes
   * {@link #MAX_AUTOMATON_TRANSITIONS}.
   */
  static long transitions(long sofar, org.apache.lucene.util.automaton.Automaton a, int column)
      throws ReleaseQueryParser.QueryError {
    long n = sofar + a.getNumTransitions();
    if (n > MAX_AUTOMATON_TRANSITIONS) {
      throw new ReleaseQueryParser.QueryError("the pattern at column " + column + " makes the query's patterns too"
          + " costly to match (over " + String.format("%,d", MAX_AUTOMATON_TRANSITIONS) + " automaton transitions);"
          + " use fewer wildcards, '?' and character classes above all");
    }
    return n;
  }

  private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("at position (\\d{1,6})");

  /** About how many states the expression's automaton has before it is made deterministic, capped past the limit. */
  static long states(RegExp re) {
    long n = switch (re.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION, REGEXP_INTERSECTION -> states(re.exp1) + states(re.exp2);
      case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> states(re.exp1) + 1;
      case REGEXP_REPEAT_MIN -> states(re.exp1) * (re.min + 1L);
      case REGEXP_REPEAT_MINMAX -> states(re.exp1) * Math.max(1L, Math.max(re.min, re.max));
      case REGEXP_STRING -> re.s.length();
      case REGEXP_INTERVAL -> 10L * Math.max(re.digits, String.valueOf(re.max).length());
      default -> 1;
    };
    return Math.min(n, MAX_REGEX_STATES + 1L);
  }
}
