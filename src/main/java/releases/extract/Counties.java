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

  /** "Imperial County", "El Paso County (Colo.)", "Harris County, Texas", "Orleans Parish". */
  private static final Pattern SINGLE = Pattern.compile(
      "(" + NAME + ") (County|Parish)\\b(?: \\(" + ST + "\\))?(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z][a-z]*\\.(?: ?[A-Z][a-z]*\\.)?))?");
  /** "Stark and Tuscarawas counties". */
  private static final Pattern LIST_BEFORE = Pattern.compile(
      "(" + NAME + "(?:, " + NAME + ")*,? (?:and|&) " + NAME + "|" + NAME + ") ([Cc]ounties|[Pp]arishes)\\b");
  /** "counties: Barton, Cedar and Vernon", "counties are: ...", "the counties of ...". */
  private static final Pattern LIST_AFTER = Pattern.compile(
      "([Cc]ounties|[Pp]arishes)(?: are| include| is)?(?::| of) (" + LIST + ")");
  /** "St. Louis City and County", "the City and County of Denver". */
  private static final Pattern CITY_AND_COUNTY = Pattern.compile("(" + NAME + ") City and County\\b");
  private static final Pattern CITY_AND_COUNTY_OF = Pattern.compile("City and County of (" + NAME + ")");
  /** "Loudoun (Va.) Sheriff's Office". */
  private static final Pattern SHERIFF = Pattern.compile("(" + NAME + ") \\(" + ST + "\\) (?:County )?Sheriff");
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
      if (p.indexOf("ount") < 0 && p.indexOf("arish") < 0) {
        continue;
      }
      Matcher m = CITY_AND_COUNTY.matcher(p);
      while (m.find()) {
        String name = trim(m.group(1));
        if (name != null) {
          add(hits, pi, m.start(1), name + " City", fallback);
          add(hits, pi, m.start(1) + 1, name, fallback);
        }
      }
      m = CITY_AND_COUNTY_OF.matcher(p);
      while (m.find()) {
        add(hits, pi, m.start(1), trim(m.group(1)), fallback);
      }
      m = SINGLE.matcher(p);
      while (m.find()) {
        boolean parish = m.group(2).equals("Parish");
        String state = stateOf(m.group(3), m.group(4), parish ? "Louisiana" : fallback);
        add(hits, pi, m.start(1), trim(m.group(1)), state);
      }
      m = LIST_BEFORE.matcher(p);
      while (m.find()) {
        boolean parish = m.group(2).toLowerCase(Locale.ROOT).startsWith("parish");
        List<String> items = items(m.group(1));
        if (items.size() == 1 && States.isStateName(items.get(0))) {
          continue; // "six Missouri counties": the counties of a state, not a county named Missouri
        }
        for (int i = 0; i < items.size(); i++) {
          add(hits, pi, m.start(1) + i, items.get(i), parish ? "Louisiana" : fallback);
        }
      }
      m = LIST_AFTER.matcher(p);
      while (m.find()) {
        boolean parish = m.group(1).toLowerCase(Locale.ROOT).startsWith("parish");
        List<String> items = items(m.group(2));
        for (int i = 0; i < items.size(); i++) {
          add(hits, pi, m.start(2) + i, items.get(i), parish ? "Louisiana" : fallback);
        }
      }
      m = SHERIFF.matcher(p);
      while (m.find()) {
        add(hits, pi, m.start(1), trim(m.group(1)), stateOf(m.group(2), null, fallback));
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
    if (county != null && !county.isBlank()) {
      hits.add(new Hit(paragraph, at, new County(county, state)));
    }
  }
}
