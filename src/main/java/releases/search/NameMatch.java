package releases.search;

import java.util.List;

/** Decides whether two written names can be one person, allowing a missing middle initial, suffix, or one typo. */
final class NameMatch {

  private NameMatch() {}

  /** Whether {@code a} and {@code b} may name the same person, with at most {@code typos} single-letter edits. */
  static boolean compatible(PersonName a, PersonName b, int typos) {
    int budget = typos - distance(a.surname(), b.surname(), typos);
    if (budget < 0) {
      return false;
    }
    if (a.given() != null && b.given() != null) {
      budget -= givenDistance(a.given(), b.given(), budget);
      if (budget < 0) {
        return false;
      }
    }
    if (a.suffix() != null && b.suffix() != null && !a.suffix().equals(b.suffix())) {
      return false;
    }
    return middlesAgree(a.middles(), b.middles());
  }

  /** A given name matches itself or its initial ("D" for "David"); otherwise it costs its edit distance. */
  private static int givenDistance(String a, String b, int limit) {
    if (isInitialOf(a, b) || isInitialOf(b, a)) {
      return 0;
    }
    return distance(a, b, limit);
  }

  private static boolean isInitialOf(String initial, String name) {
    return initial.length() == 1 && name.charAt(0) == initial.charAt(0);
  }

  /** Middle names only disagree when both forms give one at the same place and the initials differ. */
  private static boolean middlesAgree(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (a.get(i).charAt(0) != b.get(i).charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Optimal string alignment distance (a swap of two neighbours is one edit), or {@code limit + 1} as soon as it
   * must exceed the limit; names are short, so the quadratic table is cheap.
   */
  static int distance(String a, String b, int limit) {
    if (a.equals(b)) {
      return 0;
    }
    if (limit <= 0 || Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[a.length()][b.length()], limit + 1);
  }
}
