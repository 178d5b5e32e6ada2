package releases.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a title phrase into a role and an organization: "Secure Communities Acting Assistant Director". */
final class Roles {

  /** Words of titles; the run of them just before a name (or a lower-case title after one) is the role. */
  static final Set<String> TITLES = Set.of(
      "acting", "interim", "deputy", "assistant", "associate", "executive", "director", "special", "agent", "agents",
      "charge", "sac", "chief", "head", "officer", "secretary", "under", "undersecretary", "sheriff", "commissioner",
      "governor", "gov.", "rep.", "sen.", "senator", "representative", "congressman", "congresswoman", "mayor",
      "attorney", "general", "u.s.", "district", "regional", "field", "office", "manager", "president", "vice",
      "chairman", "chairwoman", "chair", "minister", "ambassador", "consul", "judge", "captain", "capt.",
      "lieutenant", "lt.", "sergeant", "sgt.", "pvt.", "pfc.", "private",
      "commander", "administrator", "supervisor", "supervisory", "inspector",
      "warden", "superintendent", "principal", "senior", "coordinator", "spokesman", "spokeswoman", "spokesperson",
      "counsel", "prosecutor", "marshal", "colonel", "col.", "detective", "det.", "trooper", "dr.", "mr.", "ms.",
      "mrs.", "former", "lt", "gen.", "councilman", "councilwoman", "police", "fire", "chief's",
      "resident", "asac", "team", "leader", "task", "force", "liaison", "analyst", "investigator", "deportation",
      "officer-in-charge", "agent-in-charge", "special-agent-in-charge", "u.s", "us", "public", "affairs",
      "secretary-general", "solicitor", "magistrate", "constable", "ranger", "pilot", "guard",
      // Beyond the agencies: universities, companies, legislatures, the armed forces.
      "provost", "chancellor", "dean", "professor", "trustee", "treasurer", "comptroller", "auditor", "founder",
      "co-founder", "ceo", "cfo", "coo", "cto", "chairperson", "alderman", "alderwoman", "justice", "clerk",
      "adjutant", "major", "maj.", "admiral", "adm.", "brig.", "airman", "corporal", "cpl.", "specialist", "spc.",
      "partner", "managing", "owner", "assemblyman", "assemblywoman", "assemblymember", "delegate", "speaker",
      "majority", "minority", "whip", "lieutenant-governor", "lt.gov.", "surgeon", "physician", "commandant", "vp",
      "svp", "evp", "gm", "editor", "editor-in-chief", "publisher", "economist", "curator",
      "dr", "prof", "prof.", "ensign", "ens.", "seaman", "petty", "cmdr.", "commodore", "warrant", "staff", "master", "gunnery", "lance");

  private static final Set<String> MODIFIERS = Set.of("acting", "interim", "deputy", "former");
  private static final List<String> LINKS = List.of(" of ", " for ", " at ", " with ");
  private static final Set<String> SMALL = Set.of("of", "in", "for", "and", "the", "at", "on", "to");

  private Roles() {}

  /** Splits a title phrase into {role, organization}: "assistant director of the FBI's CJIS Division". */
  static String[] describe(String phrase) {
    String s = Names.clean(phrase);
    if (s.regionMatches(true, 0, "a ", 0, 2)) {
      s = s.substring(2);
    } else if (s.regionMatches(true, 0, "an ", 0, 3)) {
      s = s.substring(3);
    }
    if (s.isEmpty()) {
      return new String[] {null, null};
    }
    int comma = s.indexOf(", ");
    if (comma > 0 && allTitles(s.substring(0, comma))) {
      // "President, Friends of the Marsh": the title, then the body it serves, unless more titles follow
      // ("President, and Chief Executive Officer")
      String org = s.substring(comma + 2);
      if (!org.isEmpty() && Character.isUpperCase(org.charAt(0)) && !allTitles(org.replace(",", ""))) {
        return new String[] {titleCase(s.substring(0, comma)), org};
      }
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
    if (at < 0) {
      // "field office director in San Juan": a title, then where the office is ("special agent in charge" is one
      // title, and "Operations in Kansas City" is a body's name, not a title).
      for (int in = s.indexOf(" in "); in > 0 && at < 0; in = s.indexOf(" in ", in + 1)) {
        if (!s.regionMatches(true, in + 4, "charge", 0, 6) && allTitles(s.substring(0, in))) {
          at = in;
          link = " in ";
        }
      }
    }
    if (at > 0) {
      String role = s.substring(0, at);
      String org = s.substring(at + link.length());
      int atOrg = org.indexOf(" at ");
      if (link.equals(" of ") && !org.isEmpty() && Character.isLowerCase(org.charAt(0)) && atOrg > 0) {
        // "professor of agronomy at the University of Wrenfield": the field belongs to the title
        String field = titleCase(s.substring(0, at) + " of " + org.substring(0, atOrg));
        String where = org.substring(atOrg + 4);
        return new String[] {field, where.regionMatches(true, 0, "the ", 0, 4) ? where.substring(4) : where};
      }
      if (org.regionMatches(true, 0, "the ", 0, 4)) {
        org = org.substring(4);
      }
      String[] inner = describe(role);
      String r = inner[0] != null ? inner[0] : titleCase(role);
      String o = inner[1] != null && inner[0] != null ? inner[1] + " " + org : org;
      return new String[] {r, o.isEmpty() ? null : o};
    }
    String[] t = withoutAcronyms(Names.tokens(s));
    int i = t.length;
    while (i > 0) {
      // "Chairman, President, and Chief Executive Officer": a list of titles is one title
      String lower = withoutComma(t[i - 1].toLowerCase(Locale.ROOT));
      boolean connector = SMALL.contains(lower) && i - 1 > 0 && i < t.length
          && TITLES.contains(withoutComma(t[i - 2].toLowerCase(Locale.ROOT)));
      if (TITLES.contains(lower) || connector) {
        i--;
      } else {
        break;
      }
    }
    if (i == t.length) {
      // "chef and author": words in lower case describe the person; a body's name has capitals
      return s.chars().anyMatch(Character::isUpperCase) ? new String[] {null, s} : new String[] {s, null};
    }
    int orgStart = 0;
    StringBuilder role = new StringBuilder();
    while (orgStart < i && MODIFIERS.contains(t[orgStart].toLowerCase(Locale.ROOT))) {
      role.append(t[orgStart]).append(' ');
      orgStart++;
    }
    role.append(Names.join(t, i, t.length));
    String org = Names.join(t, orgStart, i);
    if (org.endsWith("'s")) {
      org = org.substring(0, org.length() - 2);
    } else if (org.endsWith("s'")) {
      org = org.substring(0, org.length() - 1); // "Kellwood Industries' Chairman"
    }
    return new String[] {titleCase(role.toString()), org.isEmpty() ? null : org};
  }

  /** {@code t} without its asides in parentheses ("(SAC)"); {@code t} itself when it has none, as most do. */
  private static String[] withoutAcronyms(String[] t) {
    int kept = 0;
    for (String w : t) {
      kept += Names.isAcronym(w) ? 0 : 1;
    }
    if (kept == t.length) {
      return t;
    }
    String[] out = new String[kept];
    int k = 0;
    for (String w : t) {
      if (!Names.isAcronym(w)) {
        out[k++] = w;
      }
    }
    return out;
  }

  private static String withoutComma(String word) {
    return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
  }

  /** Title words only, small words allowed between them ("special agent in charge"). */
  private static boolean allTitles(String phrase) {
    String[] t = Names.tokens(phrase);
    for (int i = 0; i < t.length; i++) {
      String w = t[i].toLowerCase(Locale.ROOT);
      boolean inside = i > 0 && i < t.length - 1;
      if (!TITLES.contains(w) && !(inside && SMALL.contains(w))) {
        return false;
      }
    }
    return t.length > 0;
  }

  /** "assistant director" -> "Assistant Director"; acronyms and small words kept. */
  static String titleCase(String s) {
    String[] t = Names.tokens(s);
    for (int i = 0; i < t.length; i++) {
      String w = t[i];
      if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) || (i > 0 && SMALL.contains(w))) {
        continue;
      }
      t[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
    return String.join(" ", t);
  }
}
