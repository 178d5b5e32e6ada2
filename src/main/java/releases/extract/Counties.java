package releases.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the counties and parishes a release names, each with the state the text gives for it. */
final class Counties {

  private static final String WORD = "[A-Z][a-zA-Z'\\-]+";
  /** One to three capitalised words, optionally after "St." ("Saint Clair", "St. Louis", "Prince George's"). */
  private static final String NAME = "(?:(?:St|Ste|Mt|Ft)\\. )?" + WORD + "(?: " + WORD + "){0,2}";
  private static final String LIST = NAME + "(?:, " + NAME + ")*(?:,? (?:and|&) " + NAME + ")?";
  private static final String ST = "([A-Z][A-Za-z.]{1,6}(?: ?[A-Z][A-Za-z.]{0,5})?)";

  private static final String FREE = "(?<![A-Za-z'.])";
  private static final List<String> PREFIXES = List.of("St. ", "Ste. ", "Mt. ", "Ft. ");
  private static final List<String> LAST_SEPARATORS = List.of(", and ", ", & ", " and ", " & ");
  private static final List<String> LATER_SEPARATORS = List.of(", ");
  /** After "County": "(Colo.)" or ", Texas". */
  private static final Pattern STATE_AFTER = Pattern.compile(
      "(?: \\(" + ST + "\\))?(?:, ([A-Z][a-z]*\\.(?: ?[A-Z][a-z]*\\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![a-z]))?");
  /** After "counties": ": Barton, Cedar and Vernon", " are: ...", " of ...", " ... on Tuesday: ...". */
  private static final Pattern LIST_AFTER =
      Pattern.compile("(?:(?: are| include| is)?(?::| of)|[^.:;\"]{1,120}?:) (" + LIST + ")");
  /** "Loudoun (Va.) Sheriff's Office": the name and state before " Sheriff". */
  private static final Pattern SHERIFF = Pattern.compile(FREE + "(" + NAME + ") \\(" + ST + "\\)(?: County)?$");
  private static final Pattern CITY_AND_COUNTY_OF = Pattern.compile("(" + NAME + ")");
  /** The counties whose own names hold an "and" (Montana's and Virginia's). */
  private static final List<String> AND_NAMES = List.of("Lewis and Clark", "King and Queen");
  private static final int BEFORE = 60;
  private static final int LIST_SPAN = 240;
  private static final Pattern ITEM_SPLIT = Pattern.compile(",? (?:and|&) |, ");

  /** Capitalised words that open a sentence or qualify a place without being part of a county's name. */
  private static final Set<String> LEADING = Set.of(
      "the", "a", "an", "in", "at", "on", "of", "for", "from", "to", "by", "with", "and", "or", "but", "both", "all",
      "each", "every", "neighboring", "nearby", "surrounding", "local", "rural", "suburban", "northern", "southern",
      "eastern", "western", "central", "greater", "this", "that", "these", "those", "its", "their", "since",
      "during", "while", "when", "where", "secure", "communities", "officials", "residents", "additional", "other",
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "following", "remaining", "neighbouring",
      "area", "many", "several", "some", "including", "as", "if", "after", "before", "under", "across", "throughout");

  private Counties() {}

  private record Hit(int paragraph, int at, County county) {}

  /** Counties in order of first mention, without repeats; {@code releaseState} is used when the text names none. */
  static List<County> find(List<String> paragraphs, States.State releaseState) {
    List<Hit> hits = new ArrayList<>();
    String fallback = releaseState == null ? null : releaseState.name();
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      String p = paragraphs.get(pi);
      // Each form hangs on a keyword; the patterns run only in a short window around it.
      // Most paragraphs name no county: one scan for what the keywords share lets them go.
      boolean county = p.indexOf("ount") >= 0;
      boolean parish = p.indexOf("arish") >= 0;
      if (county) {
        singles(p, pi, " County", fallback, hits);
      }
      if (parish) {
        singles(p, pi, " Parish", "Louisiana", hits);
      }
      if (county) {
        lists(p, pi, " counties", fallback, hits);
        lists(p, pi, " Counties", fallback, hits);
      }
      if (parish) {
        lists(p, pi, " parishes", "Louisiana", hits);
        lists(p, pi, " Parishes", "Louisiana", hits);
      }
      if ("Alaska".equals(fallback)) {
        // Alaska's county equivalents; elsewhere a borough is a town.
        singles(p, pi, " Borough", fallback, hits);
        lists(p, pi, " boroughs", fallback, hits);
      }
      for (int at = Text.indexOf(p, ") Sheriff", 0); at >= 0; at = Text.indexOf(p, ") Sheriff", at + 1)) {
        Matcher m = window(SHERIFF, p, Math.max(0, at - BEFORE), at + 1);
        if (m.find()) {
          add(hits, pi, m.start(1), trim(m.group(1)), stateOf(m.group(2), null, fallback));
        }
      }
      for (int at = county ? Text.indexOf(p, ") County Sheriff", 0) : -1; at >= 0; at = Text.indexOf(p, ") County Sheriff", at + 1)) {
        Matcher m = window(SHERIFF, p, Math.max(0, at - BEFORE), at + 1);
        if (m.find()) {
          add(hits, pi, m.start(1), trim(m.group(1)), stateOf(m.group(2), null, fallback));
        }
      }
      // "the City and County of Denver", "the County of San Diego"
      for (int at = county ? Text.indexOf(p, "County of ", 0) : -1; at >= 0; at = Text.indexOf(p, "County of ", at + 1)) {
        boolean named = p.startsWith("City and ", at - 9) || p.startsWith("the ", at - 4) || p.startsWith("The ", at - 4);
        Matcher m = window(CITY_AND_COUNTY_OF, p, at + 10, Math.min(p.length(), at + 10 + BEFORE));
        if (named && m.lookingAt()) {
          add(hits, pi, m.start(1), trim(m.group(1)), fallback);
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::paragraph).thenComparingInt(Hit::at));
    Set<String> seen = new LinkedHashSet<>();
    List<County> out = new ArrayList<>();
    for (Hit h : hits) {
      if (seen.add(h.county.county().toLowerCase(Locale.ROOT) + "|" + h.county.state())) {
        out.add(h.county);
      }
    }
    return out;
  }

  private static Matcher window(Pattern pattern, String p, int from, int to) {
    return pattern.matcher(p).region(from, to).useTransparentBounds(true);
  }

  private static boolean wordEnds(String p, int end) {
    return end >= p.length() || !Character.isLetter(p.charAt(end));
  }

  /** "X County", "X County (St.)", "X County, State", "X City and County" (both). */
  private static void singles(String p, int pi, String keyword, String fallback, List<Hit> hits) {
    for (int at = Text.indexOf(p, keyword, 0); at >= 0; at = Text.indexOf(p, keyword, at + 1)) {
      int end = at + keyword.length();
      if (!wordEnds(p, end)) {
        continue;
      }
      if (keyword.equals(" County") && p.startsWith(" City and", at - 9)) {
        int s = nameBefore(p, at - 9);
        String name = s < 0 ? null : trim(p.substring(s, at - 9));
        if (name != null) {
          add(hits, pi, s, name + " City", fallback);
          add(hits, pi, s + 1, name, fallback);
        }
        continue;
      }
      int s = nameBefore(p, at);
      if (s < 0) {
        continue;
      }
      s = withAnd(p, s, at);
      Matcher after = window(STATE_AFTER, p, end, Math.min(p.length(), end + 40));
      String state = after.lookingAt() ? stateOf(after.group(1), after.group(2), fallback) : fallback;
      add(hits, pi, s, trim(p.substring(s, at)), state);
    }
  }

  /** "Lewis and Clark County" is one county, where "Stark and Tuscarawas County" would be two. */
  private static int withAnd(String p, int start, int end) {
    for (String name : AND_NAMES) {
      int from = end - name.length();
      if (from >= 0 && from < start && p.startsWith(name, from) && (from == 0 || !isNameChar(p.charAt(from - 1)))) {
        return from;
      }
    }
    return start;
  }

  /** "Stark and Tuscarawas counties" and "counties: Barton, Cedar and Vernon". */
  private static void lists(String p, int pi, String keyword, String state, List<Hit> hits) {
    for (int at = Text.indexOf(p, keyword, 0); at >= 0; at = Text.indexOf(p, keyword, at + 1)) {
      int end = at + keyword.length();
      if (!wordEnds(p, end)) {
        continue;
      }
      int s = listBefore(p, at);
      if (s >= 0) {
        List<String> items = items(p.substring(s, at));
        // "six Missouri counties": the counties of a state, not a county named Missouri (but "Salt Lake and Utah")
        if (!items.stream().allMatch(States::isStateName)) {
          for (int i = 0; i < items.size(); i++) {
            add(hits, pi, s + i, items.get(i), state);
          }
        }
      }
      Matcher m = window(LIST_AFTER, p, end, Math.min(p.length(), end + LIST_SPAN));
      if (m.lookingAt()) {
        List<String> items = items(m.group(1));
        for (int i = 0; i < items.size(); i++) {
          add(hits, pi, m.start(1) + i, items.get(i), state);
        }
      }
    }
  }

  /**
   * Start of the one to three capitalised words (after an optional "St.") that end at {@code end}, or -1. Read
   * backwards word by word, so the cost is that of the name, however long the paragraph.
   */
  static int nameBefore(String p, int end) {
    int start = -1;
    int pos = end;
    for (int words = 0; words < 3; words++) {
      int ws = pos;
      while (ws > 0 && isNameChar(p.charAt(ws - 1))) {
        ws--;
      }
      if (pos - ws < 2 || !Character.isUpperCase(p.charAt(ws))) {
        break;
      }
      start = ws;
      if (ws < 2 || p.charAt(ws - 1) != ' ' || !Character.isLetter(p.charAt(ws - 2))) {
        break;
      }
      pos = ws - 1;
    }
    if (start < 0) {
      return -1;
    }
    for (String prefix : PREFIXES) {
      if (start >= prefix.length() && p.startsWith(prefix, start - prefix.length())) {
        start -= prefix.length();
        break;
      }
    }
    char before = start > 0 ? p.charAt(start - 1) : ' ';
    return Character.isLetter(before) || before == '\'' || before == '.' ? -1 : start;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '\'' || c == '-';
  }

  /** Start of the list of names ending at {@code end}: "A", or "A, B and C" (an "and" before the last name). */
  static int listBefore(String p, int end) {
    int start = nameBefore(p, end);
    if (start < 0) {
      return -1;
    }
    boolean sawAnd = false;
    for (int items = 1; items < 30; items++) {
      String sep = null;
      for (String s : sawAnd ? LATER_SEPARATORS : LAST_SEPARATORS) {
        if (start >= s.length() && p.startsWith(s, start - s.length())) {
          sep = s;
          break;
        }
      }
      if (sep == null) {
        break;
      }
      int s = nameBefore(p, start - sep.length());
      if (s < 0) {
        break;
      }
      sawAnd = true;
      start = s;
    }
    return start;
  }

  private static List<String> items(String list) {
    List<String> out = new ArrayList<>();
    for (String item : ITEM_SPLIT.split(list)) {
      String t = trim(item);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Drops leading words that are not part of the name ("In Imperial" -> "Imperial"); null if nothing is left. */
  static String trim(String name) {
    if (name == null) {
      return null;
    }
    String[] t = Names.tokens(name);
    int i = 0;
    while (i < t.length && (LEADING.contains(t[i].toLowerCase(Locale.ROOT)) || t[i].endsWith("'s") && i < t.length - 1
        || isAcronym(t[i]) || States.isStateName(t[i]) && i < t.length - 1 && !t[i + 1].equals("City"))) {
      i++;
    }
    if (i == t.length) {
      return null;
    }
    return String.join(" ", java.util.Arrays.asList(t).subList(i, t.length));
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(1));
  }

  private static String stateOf(String paren, String after, String fallback) {
    States.State s = States.lookup(paren);
    if (s == null && after != null) {
      s = States.lookup(after);
    }
    return s != null ? s.name() : fallback;
  }

  private static void add(List<Hit> hits, int paragraph, int at, String county, String state) {
    if (county != null && (county.endsWith(" County") || county.endsWith(" Parish"))) {
      county = county.substring(0, county.length() - 7);
    }
    if (county != null && !county.isBlank()) {
      hits.add(new Hit(paragraph, at, new County(county, state)));
    }
  }
}
