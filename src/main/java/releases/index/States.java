package releases.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** U.S. states, D.C. and territories by full name, USPS code and AP abbreviation, as users and releases write them. */
public final class States {

  // full name, USPS code, AP abbreviation ("" where AP spells the name out)
  private static final String[][] TABLE = {
    {"Alabama", "AL", "Ala."}, {"Alaska", "AK", ""}, {"Arizona", "AZ", "Ariz."}, {"Arkansas", "AR", "Ark."},
    {"California", "CA", "Calif."}, {"Colorado", "CO", "Colo."}, {"Connecticut", "CT", "Conn."},
    {"Delaware", "DE", "Del."}, {"Florida", "FL", "Fla."}, {"Georgia", "GA", "Ga."}, {"Hawaii", "HI", ""},
    {"Idaho", "ID", ""}, {"Illinois", "IL", "Ill."}, {"Indiana", "IN", "Ind."}, {"Iowa", "IA", ""},
    {"Kansas", "KS", "Kan."}, {"Kentucky", "KY", "Ky."}, {"Louisiana", "LA", "La."}, {"Maine", "ME", ""},
    {"Maryland", "MD", "Md."}, {"Massachusetts", "MA", "Mass."}, {"Michigan", "MI", "Mich."},
    {"Minnesota", "MN", "Minn."}, {"Mississippi", "MS", "Miss."}, {"Missouri", "MO", "Mo."},
    {"Montana", "MT", "Mont."}, {"Nebraska", "NE", "Neb."}, {"Nevada", "NV", "Nev."},
    {"New Hampshire", "NH", "N.H."}, {"New Jersey", "NJ", "N.J."}, {"New Mexico", "NM", "N.M."},
    {"New York", "NY", "N.Y."}, {"North Carolina", "NC", "N.C."}, {"North Dakota", "ND", "N.D."},
    {"Ohio", "OH", ""}, {"Oklahoma", "OK", "Okla."}, {"Oregon", "OR", "Ore."}, {"Pennsylvania", "PA", "Pa."},
    {"Rhode Island", "RI", "R.I."}, {"South Carolina", "SC", "S.C."}, {"South Dakota", "SD", "S.D."},
    {"Tennessee", "TN", "Tenn."}, {"Texas", "TX", ""}, {"Utah", "UT", ""}, {"Vermont", "VT", "Vt."},
    {"Virginia", "VA", "Va."}, {"Washington", "WA", "Wash."}, {"West Virginia", "WV", "W.Va."},
    {"Wisconsin", "WI", "Wis."}, {"Wyoming", "WY", "Wyo."}, {"District of Columbia", "DC", "D.C."},
    {"Puerto Rico", "PR", "P.R."}, {"Guam", "GU", ""}, {"U.S. Virgin Islands", "VI", ""},
    {"Northern Mariana Islands", "MP", ""}, {"American Samoa", "AS", ""},
  };

  private static final Map<String, String> BY_KEY = new HashMap<>();
  private static final List<String> NAMES = new ArrayList<>();

  static {
    for (String[] row : TABLE) {
      NAMES.add(row[0]);
      for (String form : row) {
        if (!form.isEmpty()) {
          BY_KEY.put(key(form), row[0]);
        }
      }
    }
    BY_KEY.put(key("Virgin Islands"), "U.S. Virgin Islands");
    BY_KEY.put(key("Washington, D.C."), "District of Columbia");
  }

  private States() {}

  /** The full name for a full name, USPS code or AP abbreviation in any case ("mo", "Mo.", "MISSOURI"). */
  public static Optional<String> resolve(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(text)));
  }

  /** Up to three full names closest to a misspelt {@code text}, nearest first. */
  public static List<String> closest(String text) {
    String k = text.toLowerCase(Locale.ROOT).strip();
    int limit = Math.max(2, k.length() / 3);
    return NAMES.stream()
        .map(n -> Map.entry(n, distance(k, n.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= limit)
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(3)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Periods, commas and spaces are ignored, so "N.H.", "nh" and "N. H." are one key. */
  private static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != ',' && !Character.isWhitespace(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
