package releases.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Sentence boundaries that do not fall on initials and abbreviations ("Daniel D. Roberts", "U.S. Attorney"). */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "jr", "sr", "dr", "mr", "mrs", "ms", "st", "ste", "rep", "sen", "gov", "lt", "gen", "col", "sgt", "capt", "det",
      "u.s", "d.c", "inc", "co", "corp", "no", "dept", "ft", "mt", "atty", "asst", "supt", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "a.m", "p.m", "ala", "ariz", "ark", "calif",
      "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
      "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y",
      "n.c", "n.d", "r.i", "s.c", "s.d", "w.va", "p.r", "v.i", "e.g", "i.e", "u.s.a", "cmdr", "adm", "prof", "hon",
      "pvt", "pfc", "spc", "cpl", "maj", "ens", "sfc");
  private static final Set<String> CONNECTORS =
      Set.of("of", "the", "and", "for", "in", "de", "del", "la", "van", "von", "at", "on", "der", "da", "du", "&");

  private Sentences() {}

  /** Index just past the sentence that starts at or before {@code from} (at its final mark), or the text's end. */
  static int end(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '!' || c == '?') {
        return i + 1;
      }
      if (c == '.' && (i + 1 == n || s.charAt(i + 1) == ' ') && !abbreviation(s, i)) {
        return i + 1;
      }
    }
    return n;
  }

  /**
   * Where the sentences of a release's text begin, in order, with the text's length last: after a period, question
   * or exclamation mark (and any closing quote or bracket) that whitespace follows, unless the period ends an
   * initial or an abbreviation ("St. Louis", "Calif.", "John P. Smith"); and after every blank line.
   */
  public static int[] starts(String text) {
    int n = text.length();
    int[] out = new int[16];
    int count = 0;
    out[count++] = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && "\"'\u201d\u2019)]".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j < n && Character.isWhitespace(text.charAt(j)) && (c != '.' || !abbreviationAt(text, i))) {
          next = j;
        }
      } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        next = i + 1;
      }
      if (next < 0) {
        continue;
      }
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < n && next > out[count - 1]) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = next;
      }
      i = Math.max(i, next - 1);
    }
    if (count == out.length || out[count - 1] != n) {
      out = Arrays.copyOf(out, count + 1);
      out[count++] = n;
    }
    return Arrays.copyOf(out, count);
  }

  /** {@link #abbreviation} for a word that may start after any whitespace or an opening bracket. */
  private static boolean abbreviationAt(String s, int dot) {
    int b = dot;
    while (b > 0 && !Character.isWhitespace(s.charAt(b - 1)) && s.charAt(b - 1) != '(') {
      b--;
    }
    return isAbbreviation(s.substring(b, dot));
  }

  /** Index where the sentence holding position {@code at} begins. */
  static int startOfLast(String s, int at) {
    int start = 0;
    int i = 0;
    while (i < at) {
      int e = end(s, i);
      if (e >= at) {
        break;
      }
      start = e;
      i = e;
    }
    return start;
  }

  /** True when the period at {@code dot} closes an initial or an abbreviation rather than a sentence. */
  private static boolean abbreviation(String s, int dot) {
    int b = dot;
    while (b > 0 && s.charAt(b - 1) != ' ') {
      b--;
    }
    return isAbbreviation(s.substring(b, dot));
  }

  /** An initial ("P") or a known abbreviation ("Calif", "U.S"), the period left off. */
  private static boolean isAbbreviation(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when every word is capitalised, an initial or a connector: the shape of "TITLE NAME", not of prose. */
  static boolean capitalised(String s) {
    String[] t = Names.tokens(s);
    if (t.length == 0 || !Character.isUpperCase(t[0].charAt(0))) {
      return false;
    }
    for (String w : t) {
      if (!Character.isUpperCase(w.charAt(0)) && !CONNECTORS.contains(w) && !w.equals("'s") && w.charAt(0) != '(') {
        return false;
      }
    }
    return true;
  }

  static boolean capitalisedStart(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
