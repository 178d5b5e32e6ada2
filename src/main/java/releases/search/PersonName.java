package releases.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's name taken apart for matching: given name, middle names or initials, surname and suffix, all folded
 * to lower case without accents or punctuation, so that "Hochul, Jr." and "hochul jr" compare equal.
 *
 * @param given   the first name, or null when only a surname was written
 * @param middles middle names or initials, in order
 * @param surname the family name (never null)
 * @param suffix  jr, sr, ii, iii or iv, or null
 */
public record PersonName(String given, List<String> middles, String surname, String suffix) {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  public PersonName {
    Objects.requireNonNull(surname, "surname");
    middles = List.copyOf(middles);
  }

  /** Parses a name as written; returns null when it holds no letters at all. */
  public static PersonName parse(String written) {
    List<String> tokens = new ArrayList<>();
    for (String raw : fold(surnameLast(written)).split("[\\s,]+")) {
      String t = raw.replaceAll("[^a-z0-9'-]", "");
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    String suffix = null;
    if (tokens.size() > 1 && SUFFIXES.contains(tokens.getLast())) {
      suffix = tokens.removeLast();
    }
    if (tokens.isEmpty()) {
      return null;
    }
    String surname = tokens.removeLast();
    String given = tokens.isEmpty() ? null : tokens.removeFirst();
    return new PersonName(given, tokens, surname, suffix);
  }

  /** "Rapp, Marc" as a directory writes it becomes "Marc Rapp"; "Hochul, Jr." keeps its suffix where it is. */
  private static String surnameLast(String written) {
    int comma = written.indexOf(',');
    if (comma < 0) {
      return written;
    }
    String after = written.substring(comma + 1).strip();
    String first = after.split("[\\s,]+")[0].replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    if (after.isEmpty() || SUFFIXES.contains(first)) {
      return written;
    }
    return after + " " + written.substring(0, comma);
  }

  /** How many parts were written: the fuller of two forms of one name is the better one to show. */
  public int fullness() {
    return (given == null ? 0 : 1) + middles.size() + 1 + (suffix == null ? 0 : 1);
  }

  /** Lower case, accents removed: the form all comparisons use. */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
