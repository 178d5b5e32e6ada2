package releases.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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


  /** Capitalised words that belong to bodies, never to a person's name. */
  private static final Set<String> ORG_WORDS = Set.of(
      "division", "department", "services", "service", "agency", "bureau", "unit", "program", "center", "centre",
      "enforcement", "security", "communities", "patrol", "administration", "investigations", "operations", "removal",
      "customs", "immigration", "county", "city", "state", "justice", "homeland", "information", "national",
      "federal", "international", "affairs", "protection", "border", "office's", "division's", "department's",
      "government", "embassy", "consulate", "republic", "states", "united", "american", "commission", "court",
      "police", "sheriff's", "task", "force", "team", "group", "institute", "association", "council", "committee",
      "prosecutor's", "attorney's", "district", "fbi's", "ice's", "dhs's");

  /** "He added:" names the last speaker; the quotation code resolves it, a pronoun is never a name. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

  private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
  private static final Set<String> PARTICLES = Set.of("de", "del", "la", "van", "von", "der", "da", "di", "du", "le");
  private static final Pattern PARTY = Pattern.compile("\\s*\\([RDI]-[A-Za-z. ]{2,20}\\)");
  private static final Pattern SUFFIX_COMMA = Pattern.compile(",\\s*(Jr\\.?|Sr\\.?|II|III|IV)(?=$|[\\s,.;])");
  private static final List<String> CLAUSE_HINTS = List.of(
      " who", " which", " whose", " adding", " noting", " explaining", " according", " during", " while", " as ",
      " in a ", " at a", "day", " week", " earlier");
  private static final Pattern TRAILING_CLAUSE = Pattern.compile(
      ",?\\s+(?:who|which|whose|adding|noting|explaining|according|during|while|as he|as she|in a (?:news |press )?"
          + "(?:statement|release|conference|news conference)|at a\\b|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
          + "|today|yesterday|last week|this week|earlier)\\b.*",
      Pattern.CASE_INSENSITIVE);
  // The word classes below are tested on every token of every attribution, so they are written out by hand rather
  // than matched with patterns; each comment gives the pattern it stands for.

  /** "(SAC)" after a title, "(R-Texas)" after a member of Congress: asides, not parts of a name or role. */
  static boolean isAcronym(String w) { // \([A-Z]{2,6}\)
    int n = w.length();
    if (n < 4 || n > 8 || w.charAt(0) != '(' || w.charAt(n - 1) != ')') {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      if (!isAsciiUpper(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "J." or "J.R.": one or two initials. */
  private static boolean isInitial(String w) { // [A-Z]\.(?:[A-Z]\.)?
    return isOneInitial(w) || w.length() == 4 && isAsciiUpper(w.charAt(0)) && w.charAt(1) == '.'
        && isAsciiUpper(w.charAt(2)) && w.charAt(3) == '.';
  }

  private static boolean isOneInitial(String w) { // [A-Z]\.
    return w.length() == 2 && isAsciiUpper(w.charAt(0)) && w.charAt(1) == '.';
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Capitalised, with a lower-case letter somewhere: Smith, O'Brien, McDonald, DeLaRosa, Smith-Jones; not FBI. */
  private static boolean isCapitalisedWord(String w) { // \p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*
    if (w.isEmpty() || Character.getType(w.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    boolean lower = false;
    for (int i = Character.charCount(w.codePointAt(0)); i < w.length(); ) {
      int c = w.codePointAt(i);
      if (Character.getType(c) == Character.LOWERCASE_LETTER) {
        lower = true;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-') {
        return false;
      }
      i += Character.charCount(c);
    }
    return lower;
  }

  private Names() {}

  /**
   * {@code p} with each nickname in quote marks inside a name dropped: 'Sheriff William "Bill" Tarrow' reads as
   * 'Sheriff William Tarrow', so that the nickname's marks open no quote. A word of one to 12 letters in marks, with
   * a capitalised word on each side.
   */
  static String withoutNicknames(String p) {
    StringBuilder out = null;
    int copied = 0;
    for (int open = p.indexOf(" \"", 1); open >= 0; open = p.indexOf(" \"", open + 2)) {
      int close = p.indexOf('"', open + 2);
      if (close < 0) {
        break;
      }
      if (close - open - 2 > 12 || close + 2 >= p.length() || p.charAt(close + 1) != ' '
          || !Character.isUpperCase(p.charAt(open + 2)) || !Character.isUpperCase(p.charAt(close + 2))
          || !Character.isLowerCase(p.charAt(open - 1)) || !capitalisedWordBefore(p, open)) {
        continue;
      }
      boolean letters = true;
      for (int i = open + 2; i < close && letters; i++) {
        letters = Character.isLetter(p.charAt(i)) || p.charAt(i) == '.';
      }
      if (!letters) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(p.length());
      }
      out.append(p, copied, open);
      copied = close + 1;
    }
    return out == null ? p : out.append(p, copied, p.length()).toString();
  }

  private static boolean capitalisedWordBefore(String p, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
      start--;
    }
    return start < end && Character.isUpperCase(p.charAt(start));
  }

  /** Parses an attribution; null when it names nobody ("an ICE spokesman", "the agency"). */
  static Person parse(String who) {
    String s = clean(who);
    if (s.isEmpty() || s.length() > 200 || PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return null;
    }
    Person located = nameOfOrgInPlace(s);
    if (located != null) {
      return located;
    }
    int comma = s.indexOf(", ");
    if (comma > 0) {
      String first = s.substring(0, comma);
      String rest = s.substring(comma + 2);
      int of = first.indexOf(" of ");
      Person head = of > 0 ? prefixed(tokens(first.substring(0, of))) : null;
      if (head != null && !head.surnameOnly() && head.organization() == null) {
        // "Dr Ada Holm of the Institute for the Study of Science, Technology and Innovation": NAME of ORG, the
        // organization running past the comma unless a title follows it
        String[] role = Roles.describe(rest);
        String org = withoutThe(first.substring(of + 4));
        return role[0] != null && head.role() == null ? new Person(head.name(), role[0], role[1] != null ? role[1] : org)
            : new Person(head.name(), head.role(), role[0] != null ? org : org + ", " + rest);
      }
      String[] ft = tokens(first);
      int k = nameStart(ft);
      if (k == 0) {
        // NAME, title of organization
        String[] role = Roles.describe(rest);
        return new Person(join(ft, 0, ft.length), role[0], role[1]);
      }
      Person p = prefixed(ft);
      if (p != null && ft.length == 2 && ft[0].equals("Dean") && p.surnameOnly()) {
        // "Dean Knox, Columbia County Director of Engineering": a given name that is also a title, with the
        // person's post after the comma
        String[] role = Roles.describe(rest);
        if (role[0] != null) {
          return new Person(first, role[0], role[1]);
        }
      }
      if (p == null) {
        // "the sheriff, Opal Whitcombe": the title first, the name after the comma
        String[] rt = tokens(rest);
        Person named = nameStart(rt) == 0 ? new Person(join(rt, 0, rt.length), null, null) : null;
        String[] role = Roles.describe(first);
        return named == null || role[0] == null ? null : new Person(named.name(), role[0], role[1]);
      }
      if (p.role() == null || p.role().matches("(?:Dr|Mr|Ms|Mrs)\\.?")) {
        // "Dr. Ada Holm, Acme's President and Chief Executive Officer": the post after the comma, not the courtesy
        String[] role = Roles.describe(rest);
        return new Person(p.name(), role[0] != null || p.role() == null ? role[0] : p.role(), role[1]);
      }
      if (p.organization() == null && p.role().indexOf(' ') < 0 && p.role().endsWith(".")
          && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
        // "Gen. Oscar Naranjo, director of the Colombian National Police": the rank before the name says less
        // than the post after it.
        String[] role = Roles.describe(rest);
        if (role[0] != null) {
          return new Person(p.name(), role[0], role[1]);
        }
      }
      if (p.organization() == null && rest.startsWith("of ")) {
        // "Special Agent in Charge John P. Torres, of the agency's Los Angeles office"
        return new Person(p.name(), p.role(), withoutThe(rest.substring(3)));
      }
      return p;
    }
    int of = s.indexOf(" of ");
    int forOrg = s.indexOf(" for ");
    if (forOrg > 0 && (of < 0 || forOrg < of)) {
      of = forOrg + 1; // "Assistant Administrator David M. Uhlmann for EPA's Office": " for " is a letter longer
    }
    if (of > 0) {
      // TITLE NAME of ORG: "Sheriff Clement Vasquez of Spokane County", "U.S. Attorney Karen L. Whitlow of the
      // Central District of Illinois". Read whole, the last word of the place would pass for a surname.
      Person head = prefixed(tokens(s.substring(0, of)));
      if (head != null && head.organization() == null && (head.role() != null || !head.surnameOnly())) {
        return new Person(head.name(), head.role(), withoutThe(s.substring(of + 4)));
      }
    }
    return prefixed(tokens(s));
  }

  /** "Wilma Straub of the Pellston Business Alliance in Pellston, Mich., a former mayor": the place is no name. */
  private static final Pattern OF_ORG_IN_PLACE = Pattern.compile(
      "^(\\p{Lu}[^,]{2,40}?) of (?:the )?(\\p{Lu}[^,]{2,80}?) in \\p{Lu}[\\p{L}.' -]{1,30}(?:, [\\p{Lu}][\\p{L}.]{1,14}\\.?)?"
          + "(?:, (?:a |an |the )?(.{2,80}))?$");

  private static Person nameOfOrgInPlace(String s) {
    if (s.indexOf(" in ") < 0 || s.indexOf(" of ") < 0) {
      return null;
    }
    Matcher m = OF_ORG_IN_PLACE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String[] t = tokens(m.group(1));
    if (t.length < 2 || t.length > 4 || nameStart(t) != 0) {
      return null;
    }
    String role = m.group(3) == null ? null : Roles.describe(m.group(3))[0];
    return new Person(join(t, 0, t.length), role, m.group(2).strip());
  }

  private static String withoutThe(String org) {
    return org.regionMatches(true, 0, "the ", 0, 4) ? org.substring(4) : org;
  }

  static String clean(String who) {
    String s = who.strip();
    if (s.indexOf('*') >= 0) {
      s = s.replace("*", "").strip(); // "said *Gov. Beshear*." from a mail that set the name in bold
    }
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
    return SUFFIXES.contains(last) || Roles.TITLES.contains(last) || isInitial(s.substring(space + 1));
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
    String[] role = Roles.describe(prefix);
    if (role[0] == null && isNameWord(t[k - 1])) {
      // "Mary Ann Smith", "Director Mary Ann Smith": a capitalised word just before a two-word name, when what
      // stands before it is a title or nothing, is a second given name rather than an organization.
      if (k == 1) {
        return new Person(join(t, 0, t.length), null, null);
      }
      String[] shorter = Roles.describe(join(t, 0, k - 1));
      if (shorter[0] != null) {
        return new Person(join(t, k - 1, t.length), shorter[0], shorter[1]);
      }
    }
    return new Person(name, role[0], role[1]);
  }

  private static boolean isNameWord(String w) {
    return isCapitalisedWord(w) && !isTitleOrBody(w.toLowerCase(Locale.ROOT));
  }

  /** A capitalised word that is a title, a body's word or a possessive, in lower case: never part of a name. */
  private static boolean isTitleOrBody(String lower) {
    return Roles.TITLES.contains(lower) || ORG_WORDS.contains(lower) || lower.endsWith("'s");
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
    while (i >= 0 && end - i < 6 && words < 2 && !isAcronym(t[i])) {
      String w = t[i];
      if (isInitial(w) && i != end) {
        i--;
      } else if (isCapitalisedWord(w) && !isTitleOrBody(w.toLowerCase(Locale.ROOT))) {
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
    if (words == 2 && i >= 0 && isOneInitial(t[i])) {
      i--; // a first initial before the given name: "U.S. Attorney B. Todd Lindahl"
    }
    int start = i + 1;
    while (start < t.length && (PARTICLES.contains(t[start])
        || (isInitial(t[start]) && !isOneInitial(t[start])))) {
      start++; // a name does not begin with a particle or with what is left of a title ("U.S.")
    }
    return start <= end ? start : -1;
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

  static String join(String[] t, int from, int to) {
    return String.join(" ", Arrays.asList(t).subList(from, to));
  }
}
