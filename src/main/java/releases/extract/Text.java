package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Character-level clean-up shared by every part of the extractor: line ends, quote marks, markdown residue. */
final class Text {

  private static final Pattern ANGLE_URL = Pattern.compile("\\s?\\(<[^>\\s]{1,500}>\\)");
  private static final Pattern PAREN_URL = Pattern.compile("\\s?\\\\?\\((?:https?://|www\\.)[^)\\s]{1,500}\\\\?\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$<>|~\"'])");
  private static final Pattern SMALL_WORD = Pattern.compile("(?<= )(?:Of|The|And)(?= )");
  private static final Pattern MC = Pattern.compile("\\bMc([a-z])");
  private static final Pattern O_APOSTROPHE = Pattern.compile("\\b([OD])'([a-z])");

  private Text() {}

  /** Unifies line ends, spaces and quote marks, so curly quotes work as straight ones everywhere after this. */
  static String normalize(String text) {
    if (isNormal(text)) {
      return text;
    }
    if (text.indexOf('&') >= 0 && text.indexOf(';') >= 0) {
      text = entities(text);
    }
    if (text.contains("``") || text.contains("''")) {
      text = text.replace("``", "\"").replace("''", "\"");
    }
    StringBuilder out = new StringBuilder(text.length());
    int run = 0; // the characters from here to the one that changes are copied in one call
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00A0' ? !changes(c) : c != '\r' && c != '\t') {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
        case '\u00A0', '\t', '\u2007', '\u202F' -> out.append(' ');
        case '\u200B', '\uFEFF', '\u00AD' -> { }
        // A character lost in a bad conversion, between two letters, was an apostrophe: "O\uFFFDBerry", "don\uFFFDt".
        case '\uFFFD' -> out.append(i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1)) ? '\'' : c);
        default -> out.append(c);
      }
    }
    return out.append(text, run, text.length()).toString();
  }

  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\n]{1,300})\\*(?![\\w*])");

  /** "said *Gov. Quell*." without the asterisks a mail set around a name in bold. */
  static String withoutEmphasis(String paragraph) {
    return paragraph.indexOf('*') < 0 ? paragraph : EMPHASIS.matcher(paragraph).replaceAll("$1");
  }

  /**
   * Quote marks and apostrophes that a bad conversion turned into question marks: "?Today, we got to help,?
   * said ..." and "We?re". Read so only when the text shows the pattern twice or more (",? said", a line opening
   * with "?" before a capital), since a question mark is otherwise a question mark.
   */
  static String questionMarksAsQuotes(String text) {
    if (text.indexOf('?') < 0) {
      return text;
    }
    Matcher m = LOST_QUOTE_SIGN.matcher(text);
    int signs = 0;
    while (signs < 2 && m.find()) {
      signs++;
    }
    if (signs < 2) {
      return text;
    }
    text = LOST_OPENING.matcher(text).replaceAll("\"");
    text = LOST_CLOSING.matcher(text).replaceAll("\"");
    return LOST_APOSTROPHE.matcher(text).replaceAll("'");
  }

  private static final Pattern LOST_QUOTE_SIGN = Pattern.compile("[,.]\\? (?:said|says|added|stated)\\b|(?m)^\\?\\p{Lu}");
  private static final Pattern LOST_OPENING = Pattern.compile("(?m)(?<=^|[\\s(])\\?(?=\\p{Lu})");
  private static final Pattern LOST_CLOSING = Pattern.compile("(?<=[\\p{L}\\d.,!])\\?(?=\\s|$)");
  private static final Pattern LOST_APOSTROPHE = Pattern.compile("(?<=\\p{L})\\?(?=(?:s|re|t|ll|ve|d|m)\\b)");

  private static final Pattern ENTITY = Pattern.compile("&(quot|amp|apos|nbsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|#39|#34);");

  /** HTML entities left by a careless save ("&quot;" for a quote mark) become the characters they stand for. */
  private static String entities(String text) {
    return ENTITY.matcher(text).replaceAll(m -> switch (m.group(1)) {
      case "quot", "ldquo", "rdquo", "#34" -> "\"";
      case "amp" -> "&";
      case "apos", "lsquo", "rsquo", "#39" -> "'";
      case "nbsp" -> " ";
      case "mdash" -> "\u2014";
      default -> "\u2013";
    });
  }

  /** True when {@link #normalize} would change nothing, as for most files: no copy is made then. */
  private static boolean isNormal(String text) {
    // The ASCII characters that change are looked for with indexOf, which scans many characters a step; the loop
    // then tests one branch a character, almost never taken (a test per character class mispredicts on prose).
    if (text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('`') >= 0 || text.indexOf('&') >= 0
        || text.indexOf("''") >= 0) {
      return false;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u00A0' && changes(c)) {
        return false;
      }
    }
    return true;
  }

  /** The characters above ASCII that {@link #normalize} replaces or drops; dashes and other marks stay. */
  private static boolean changes(char c) {
    return c == '\u00A0' || c == '\u00AD' || c == '\u2007' || c == '\u200B' || (c >= '\u2018' && c <= '\u201F')
        || c == '\u202F' || c == '\u2032' || c == '\u2033' || c == '\uFEFF' || c == '\uFFFD';
  }

  /** Markdown residue of the saved page reduced to plain text; single {@code *asterisks*} stay for the header. */
  static String inline(String line) {
    String s = line;
    if (s.indexOf('[') >= 0 && s.indexOf("](") >= 0) {
      s = links(s);
    }
    int parenthesis = s.indexOf('(');
    if (parenthesis >= 0) {
      s = urlsInParentheses(s, parenthesis);
    }
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
      s = BOLD.matcher(s).replaceAll("");
    }
    if (s.indexOf('\\') >= 0) {
      s = ESCAPE.matcher(s).replaceAll("$1");
    }
    if (s.indexOf('"') >= 0) {
      s = apostrophes(s);
    }
    return collapseSpaces(s);
  }

  /** {@code s} without {@code (<url>)} and {@code (http...)}; {@code first} is where its first parenthesis is. */
  private static String urlsInParentheses(String s, int first) {
    // One look at each parenthesis rather than a scan of the whole line for each form.
    boolean angle = false;
    boolean url = false;
    for (int i = first; i >= 0 && !(angle && url); i = s.indexOf('(', i + 1)) {
      angle |= s.startsWith("(<", i);
      url |= s.startsWith("(http", i) || s.startsWith("(www", i) || i > 0 && s.charAt(i - 1) == '\\';
    }
    if (angle) {
      s = ANGLE_URL.matcher(s).replaceAll("");
    }
    if (url || angle && (s.contains("(http") || s.contains("(www") || s.contains("\\("))) {
      s = PAREN_URL.matcher(s).replaceAll("");
    }
    return s;
  }

  /**
   * {@code [text](url)} becomes {@code text} and {@code ![alt](src)} goes. A hand-written scan: each bracket is
   * looked at once, so a line of thousands of unmatched brackets costs no more than its length.
   */
  static String links(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      int open = s.indexOf('[', i);
      int close = open < 0 ? -1 : s.indexOf("](", open + 1);
      if (open < 0 || close < 0) {
        out.append(s, i, n);
        break;
      }
      int inner = s.lastIndexOf('[', close);
      int end = s.indexOf(')', close + 2);
      boolean image = inner > 0 && s.charAt(inner - 1) == '!';
      int space = s.indexOf(' ', close + 2);
      boolean ok = end > 0 && end - close <= 500 && close - inner <= 300 && (image || space < 0 || space > end);
      if (!ok) {
        out.append(s, i, close + 2);
        i = close + 2;
        continue;
      }
      out.append(s, i, image ? inner - 1 : inner);
      if (!image) {
        out.append(s, inner + 1, close);
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** A quote mark between two letters (ICE"s) is an apostrophe lost in a bad conversion, not a quotation. */
  private static String apostrophes(String s) {
    char[] c = null;
    for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
      if (i > 0 && i < s.length() - 1 && isAsciiLetter(s.charAt(i - 1)) && isAsciiLetter(s.charAt(i + 1))) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = '\'';
      }
    }
    return c == null ? s : new String(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Runs of spaces become one space, and the ends are trimmed; no copy when there is nothing to do. */
  static String collapseSpaces(String s) {
    int run = s.indexOf("  ");
    if (run < 0) {
      return s.strip();
    }
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (run >= 0) {
      sb.append(s, from, run + 1); // up to the run's first space
      from = run + 2;
      while (from < s.length() && s.charAt(from) == ' ') {
        from++;
      }
      run = s.indexOf("  ", from);
    }
    return sb.append(s, from, s.length()).toString().strip();
  }

  /** The text's blocks (runs of non-blank lines), each as its cleaned lines, clutter lines left out. */
  static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = inline(text.substring(start, end));
      if (!line.isEmpty() && Body.isClutter(line)) {
        // Page furniture goes once, here; it neither belongs to a block nor separates two.
        start = end + 1;
        continue;
      }
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else if (!current.isEmpty() && continues(current.get(current.size() - 1), line)) {
        // "LOS ANGELES" / ", Nov. 21, 2025 /PRNewswire/ --" and "BEIJING," / "September 11, 2008 ...": one dateline.
        String previous = current.remove(current.size() - 1);
        current.add(line.charAt(0) == ',' ? previous + line : previous + " " + line);
      } else {
        current.add(line);
      }
      start = end + 1;
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** Whether {@code line} goes on the short line before it: it opens with a comma, or the one before ends with one. */
  private static boolean continues(String previous, String line) {
    if (previous.length() > 40) {
      return false;
    }
    return (line.charAt(0) == ',' && line.length() > 2) || (previous.endsWith(",") && words(previous) <= 4
        && Dates.first(line.length() > 30 ? line.substring(0, 30) : line, 0) != null);
  }

  /** "JEFFERSON CITY" -> "Jefferson City", "ST. LOUIS" -> "St. Louis", "MCALLEN" -> "McAllen"; mixed case kept. */
  static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean startOfWord = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(startOfWord ? c : Character.toLowerCase(c));
        startOfWord = false;
      } else {
        sb.append(c);
        startOfWord = c == ' ' || c == '-' || c == '.' || c == '/' || c == '(';
      }
    }
    String out = sb.toString();
    if (out.contains("Mc")) {
      out = MC.matcher(out).replaceAll(m -> "Mc" + m.group(1).toUpperCase(Locale.ROOT));
    }
    if (out.indexOf(' ') > 0) {
      out = SMALL_WORD.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT)); // "Isle of Palms"
    }
    if (out.contains("'")) {
      out = O_APOSTROPHE.matcher(out).replaceAll(m -> m.group(1) + "'" + m.group(2).toUpperCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * {@code text.indexOf(needle, from)}, found through the needle's first character that is neither a lower-case
   * letter nor a space: the JDK finds one character many at a step, but a string a character at a time, and a
   * capital, a parenthesis or a slash stands in few places of a page. A needle of lower-case words goes by its first
   * letter, or, when it opens with a space, by the JDK's own string search.
   */
  static int indexOf(String text, String needle, int from) {
    int key = -1;
    for (int i = 0; i < needle.length() && key < 0; i++) {
      char c = needle.charAt(i);
      if (c != ' ' && !Character.isLowerCase(c)) {
        key = i;
      }
    }
    if (key < 0) {
      return needle.charAt(0) == ' ' ? text.indexOf(needle, from) : indexOfFirst(text, needle, from);
    }
    char c = needle.charAt(key);
    for (int at = text.indexOf(c, Math.max(from, 0) + key); at >= 0; at = text.indexOf(c, at + 1)) {
      if (text.startsWith(needle, at - key)) {
        return at - key;
      }
    }
    return -1;
  }

  /** {@code text.indexOf(needle, from)} through the needle's first character. */
  private static int indexOfFirst(String text, String needle, int from) {
    char c = needle.charAt(0);
    for (int at = text.indexOf(c, from); at >= 0; at = text.indexOf(c, at + 1)) {
      if (text.startsWith(needle, at)) {
        return at;
      }
    }
    return -1;
  }

  /** {@code text.contains(needle)}, as {@link #indexOf(String, String, int)} finds it. */
  static boolean holds(String text, String needle) {
    return indexOf(text, needle, 0) >= 0;
  }

  /** The first letters of {@code words} (each opening with a-z), one bit each from 'a'; see {@link #letterIn}. */
  static int firstLetterBits(java.util.Collection<String> words) {
    int bits = 0;
    for (String w : words) {
      bits |= 1 << (w.charAt(0) - 'a');
    }
    return bits;
  }

  /**
   * Whether {@code c}, in either case, is one of the letters in {@code bits}: (c | 0x20) lower-cases an ASCII
   * letter and puts every other character outside a..z, so one subtraction and a shift decide.
   */
  static boolean letterIn(int bits, char c) {
    int letter = (c | 0x20) - 'a';
    return letter >= 0 && letter < 26 && (bits >>> letter & 1) != 0;
  }

  /** Whether {@code s} holds an ASCII digit: every date form has one, and a place line has none. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ((char) (s.charAt(i) - '0') < 10) { // one unsigned test: a digit
        return true;
      }
    }
    return false;
  }

  /** {@link #words}, counted no further than {@code limit} + 1: enough to tell whether there are more. */
  static int wordsUpTo(String s, int limit) {
    // Without a branch on each character's class, which prose makes unpredictable: a word starts where a space
    // (or the start) is followed by a non-space.
    int n = 0;
    int afterSpace = 1;
    for (int i = 0, length = s.length(); i < length && n <= limit; i++) {
      int space = s.charAt(i) == ' ' ? 1 : 0;
      n += afterSpace & (space ^ 1);
      afterSpace = space;
    }
    return n;
  }

  /** Counts the words of {@code s}, a word being a run of non-space characters. */
  static int words(String s) {
    return wordsUpTo(s, Integer.MAX_VALUE);
  }

  static boolean endsSentence(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    if ((c == '"' || c == '\'' || c == ')') && s.length() > 1 && s.charAt(s.length() - 2) == ',') {
      return false; // "Q," closes a quotation, not a sentence: the attribution follows
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')' || c == '\'';
  }
}
