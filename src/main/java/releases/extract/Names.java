package releases.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits an attribution ("Secure Communities Acting Assistant Director Marc Rapp") into name, role and body. */
final class Names {

  /** A person as an attribution gives them; role and organization may be null. */
  record Person(String name, String role, String organization) {

    /** True when only a surname was given ("Morton said"), to be resolved against earlier mentions. */
    boolean surnameOnly() {
      return name.indexOf(' ') < 0;
    }

    String surname() {
      String[] t = name.split(" ");
      int i = t.length - 1;
      while (i > 0 && SUFFIXES.contains(t[i].toLowerCase(Locale.ROOT))) {
        i--;
      }
      return t[i];
    }
  }

  /** Words of titles; the run of them just before a name (or a lower-case title after one) is the role. */
  static final Set<String> TITLES = Set.of(
      "acting", "interim", "deputy", "assistant", "associate", "executive", "director", "special", "agent", "agents",
      "charge", "sac", "chief", "head", "officer", "secretary", "under", "undersecretary", "sheriff", "commissioner",
      "governor", "gov.", "rep.", "sen.", "senator", "representative", "congressman", "congresswoman", "mayor",
      "attorney", "general", "u.s.", "district", "regional", "field", "office", "manager", "president", "vice",
      "chairman", "chairwoman", "chair", "minister", "ambassador", "consul", "judge", "captain", "capt.",
      "lieutenant", "lt.", "sergeant", "sgt.", "commander", "administrator", "supervisor", "supervisory", "inspector",
      "warden", "superintendent", "principal", "senior", "coordinator", "spokesman", "spokeswoman", "spokesperson",
      "counsel", "prosecutor", "marshal", "colonel", "col.", "detective", "det.", "trooper", "dr.", "mr.", "ms.",
      "mrs.", "former", "lt", "gen.", "councilman", "councilwoman", "police", "fire", "chief's",
      "resident", "asac", "team", "leader", "task", "force", "liaison", "analyst", "investigator", "deportation",
      "officer-in-charge", "agent-in-charge", "special-agent-in-charge", "u.s", "us", "public", "affairs",
      "secretary-general", "solicitor", "magistrate", "constable", "ranger", "pilot", "guard");

  /** Capitalised words that belong to bodies, never to a person's name. */
  private static final Set<String> ORG_WORDS = Set.of(
      "division", "department", "services", "service", "agency", "bureau", "unit", "program", "center", "centre",
      "enforcement", "security", "communities", "patrol", "administration", "investigations", "operations", "removal",
      "customs", "immigration", "county", "city", "state", "justice", "homeland", "information", "national",
      "federal", "international", "affairs", "protection", "border", "office's", "division's", "department's",
      "government", "embassy", "consulate", "republic", "states", "united", "american", "commission", "court",
      "police", "sheriff's", "task", "force", "team", "group", "institute", "association", "council", "committee",
      "prosecutor's", "attorney's", "district", "fbi's", "ice's", "dhs's");

  private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
  private static final Set<String> PARTICLES = Set.of("de", "del", "la", "van", "von", "der", "da", "di", "du", "le");
  private static final Set<String> MODIFIERS = Set.of("acting", "interim", "deputy", "former");
  private static final List<String> LINKS = List.of(" of ", " for ", " at ", " with ");
  /** "(SAC)" after a title, "(R-Texas)" after a member of Congress: asides, not parts of a name or role. */
  private static final Pattern ACRONYM = Pattern.compile("\\([A-Z]{2,6}\\)");
  private static final Pattern PARTY = Pattern.compile("\\s*\\([RDI]-[A-Za-z. ]{2,20}\\)");
  private static final Set<String> SMALL = Set.of("of", "in", "for", "and", "the", "at", "on", "to");
  private static final Pattern SUFFIX_COMMA = Pattern.compile(",\\s*(Jr\\.?|Sr\\.?|II|III|IV)(?=$|[\\s,.;])");
  private static final List<String> CLAUSE_HINTS = List.of(
      " who", " which", " whose", " adding", " noting", " explaining", " according", " during", " while", " as ",
      " in a ", " at a", "day", " week", " earlier");
  private static final Pattern TRAILING_CLAUSE = Pattern.compile(
      ",?\\s+(?:who|which|whose|adding|noting|explaining|according|during|while|as he|as she|in a (?:news |press )?"
          + "(?:statement|release|conference|news conference)|at a\\b|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
          + "|today|yesterday|last week|this week|earlier)\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.(?:[A-Z]\\.)?");
  /** Capitalised, with a lower-case letter somewhere: Smith, O'Brien, McDonald, DeLaRosa, Smith-Jones; not FBI. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{Ll}[\\p{L}'-]*");

  private Names() {}

  /** Parses an attribution; null when it names nobody ("an ICE spokesman", "the agency"). */
  static Person parse(String who) {
    String s = clean(who);
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    int comma = s.indexOf(", ");
    if (comma > 0) {
      String first = s.substring(0, comma);
      String rest = s.substring(comma + 2);
      String[] ft = tokens(first);
      int k = nameStart(ft);
      if (k == 0) {
        // NAME, title of organization
        String[] role = describe(rest);
        return new Person(join(ft, 0, ft.length), role[0], role[1]);
      }
      Person p = prefixed(ft);
      if (p != null && p.role() == null) {
        String[] role = describe(rest);
        return new Person(p.name(), role[0], role[1]);
      }
      return p;
    }
    Person p = prefixed(tokens(s));
    int of = s.indexOf(" of ");
    if (p == null && of > 0) {
      // TITLE NAME of ORG: "Sheriff Clement Vasquez of Spokane County"
      Person head = prefixed(tokens(s.substring(0, of)));
      if (head != null && head.role() != null && head.organization() == null) {
        String org = s.substring(of + 4);
        if (org.regionMatches(true, 0, "the ", 0, 4)) {
          org = org.substring(4);
        }
        return new Person(head.name(), head.role(), org);
      }
    }
    return p;
  }

  static String clean(String who) {
    String s = who.strip();
    if (s.indexOf('(') >= 0) {
      s = PARTY.matcher(s).replaceAll("");
    }
    if (mayHaveClause(s)) {
      s = TRAILING_CLAUSE.matcher(s).replaceFirst("");
    }
    if (s.contains(", Jr") || s.contains(", Sr") || s.contains(", I")) {
      s = SUFFIX_COMMA.matcher(s).replaceAll(" $1");
    }
    while (!s.isEmpty() && ",;:.".indexOf(s.charAt(s.length() - 1)) >= 0 && !endsWithAbbreviation(s)) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return Text.collapseSpaces(s);
  }

  /** A cheap look for the words that open a trailing clause, before the costlier pattern runs. */
  private static boolean mayHaveClause(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String w : CLAUSE_HINTS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAbbreviation(String s) {
    if (!s.endsWith(".")) {
      return false;
    }
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1).toLowerCase(Locale.ROOT);
    return SUFFIXES.contains(last) || TITLES.contains(last) || INITIAL.matcher(s.substring(space + 1)).matches();
  }

  /** TITLE NAME or ORG TITLE NAME or "the TITLE of ORG NAME". */
  private static Person prefixed(String[] t) {
    int k = nameStart(t);
    if (k < 0) {
      return null;
    }
    String name = join(t, k, t.length);
    if (k == 0) {
      return new Person(name, null, null);
    }
    String prefix = join(t, 0, k);
    String[] role = describe(prefix);
    return new Person(name, role[0], role[1]);
  }

  /** Index of the first token of the trailing name, or -1 if the tokens do not end with a name. */
  static int nameStart(String[] t) {
    int i = t.length - 1;
    while (i >= 0 && SUFFIXES.contains(t[i].toLowerCase(Locale.ROOT))) {
      i--;
    }
    int end = i;
    int words = 0;
    // Given name and surname (initials and particles between them are free): a third capitalised word is more
    // often the end of an organization ("... Local Coordination Frank Beckett") than a second given name.
    while (i >= 0 && end - i < 6 && words < 2 && !ACRONYM.matcher(t[i]).matches()) {
      String w = t[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if (INITIAL.matcher(w).matches() && i != end) {
        i--;
      } else if (NAME_WORD.matcher(w).matches() && !TITLES.contains(lower) && !ORG_WORDS.contains(lower)
          && !lower.endsWith("'s")) {
        words++;
        i--;
      } else if (PARTICLES.contains(w) && i != end && i > 0) {
        i--;
      } else {
        break;
      }
    }
    if (words == 0) {
      return -1;
    }
    int start = i + 1;
    while (start < t.length && (PARTICLES.contains(t[start]) || INITIAL.matcher(t[start]).matches())) {
      start++; // a name does not begin with a particle or a lone initial left over from a title ("U.S.")
    }
    return start <= end ? start : -1;
  }

  /** Splits a title phrase into {role, organization}: "assistant director of the FBI's CJIS Division". */
  static String[] describe(String phrase) {
    String s = clean(phrase);
    if (s.regionMatches(true, 0, "a ", 0, 2)) {
      s = s.substring(2);
    } else if (s.regionMatches(true, 0, "an ", 0, 3)) {
      s = s.substring(3);
    }
    if (s.isEmpty()) {
      return new String[] {null, null};
    }
    int at = -1;
    String link = null;
    for (String l : LINKS) {
      int x = s.indexOf(l);
      if (x > 0 && (at < 0 || x < at)) {
        at = x;
        link = l;
      }
    }
    if (at > 0) {
      String role = s.substring(0, at);
      String org = s.substring(at + link.length());
      if (org.regionMatches(true, 0, "the ", 0, 4)) {
        org = org.substring(4);
      }
      String[] inner = describe(role);
      String r = inner[0] != null ? inner[0] : titleCase(role);
      String o = inner[1] != null && inner[0] != null ? inner[1] + " " + org : org;
      return new String[] {r, o.isEmpty() ? null : o};
    }
    String[] t = java.util.Arrays.stream(tokens(s)).filter(w -> !ACRONYM.matcher(w).matches()).toArray(String[]::new);
    int i = t.length;
    while (i > 0) {
      String lower = t[i - 1].toLowerCase(Locale.ROOT);
      boolean connector = SMALL.contains(lower) && i - 1 > 0 && i < t.length
          && TITLES.contains(t[i - 2].toLowerCase(Locale.ROOT));
      if (TITLES.contains(lower) || connector) {
        i--;
      } else {
        break;
      }
    }
    if (i == t.length) {
      return new String[] {null, s};
    }
    int orgStart = 0;
    StringBuilder role = new StringBuilder();
    while (orgStart < i && MODIFIERS.contains(t[orgStart].toLowerCase(Locale.ROOT))) {
      role.append(t[orgStart]).append(' ');
      orgStart++;
    }
    role.append(join(t, i, t.length));
    String org = join(t, orgStart, i);
    if (org.endsWith("'s")) {
      org = org.substring(0, org.length() - 2);
    }
    return new String[] {titleCase(role.toString()), org.isEmpty() ? null : org};
  }

  /** "assistant director" -> "Assistant Director"; acronyms and small words kept. */
  static String titleCase(String s) {
    String[] t = tokens(s);
    for (int i = 0; i < t.length; i++) {
      String w = t[i];
      if (w.isEmpty() || (i > 0 && SMALL.contains(w))) {
        continue;
      }
      t[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
    return String.join(" ", t);
  }

  static String[] tokens(String s) {
    List<String> out = new java.util.ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out.toArray(String[]::new);
  }

  private static String join(String[] t, int from, int to) {
    return String.join(" ", Arrays.asList(t).subList(from, to));
  }
}
