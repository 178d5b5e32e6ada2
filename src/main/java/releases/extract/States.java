package releases.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The states, D.C. and territories under every name a release uses for them, and the AP stand-alone cities. */
final class States {

  /** One state or territory: its full name, USPS code and AP abbreviation (the full name when AP spells it out). */
  record State(String name, String code, String ap) {}

  static final List<State> ALL = List.of(
      new State("Alabama", "AL", "Ala."), new State("Alaska", "AK", "Alaska"),
      new State("Arizona", "AZ", "Ariz."), new State("Arkansas", "AR", "Ark."),
      new State("California", "CA", "Calif."), new State("Colorado", "CO", "Colo."),
      new State("Connecticut", "CT", "Conn."), new State("Delaware", "DE", "Del."),
      new State("District of Columbia", "DC", "D.C."), new State("Florida", "FL", "Fla."),
      new State("Georgia", "GA", "Ga."), new State("Hawaii", "HI", "Hawaii"),
      new State("Idaho", "ID", "Idaho"), new State("Illinois", "IL", "Ill."),
      new State("Indiana", "IN", "Ind."), new State("Iowa", "IA", "Iowa"),
      new State("Kansas", "KS", "Kan."), new State("Kentucky", "KY", "Ky."),
      new State("Louisiana", "LA", "La."), new State("Maine", "ME", "Maine"),
      new State("Maryland", "MD", "Md."), new State("Massachusetts", "MA", "Mass."),
      new State("Michigan", "MI", "Mich."), new State("Minnesota", "MN", "Minn."),
      new State("Mississippi", "MS", "Miss."), new State("Missouri", "MO", "Mo."),
      new State("Montana", "MT", "Mont."), new State("Nebraska", "NE", "Neb."),
      new State("Nevada", "NV", "Nev."), new State("New Hampshire", "NH", "N.H."),
      new State("New Jersey", "NJ", "N.J."), new State("New Mexico", "NM", "N.M."),
      new State("New York", "NY", "N.Y."), new State("North Carolina", "NC", "N.C."),
      new State("North Dakota", "ND", "N.D."), new State("Ohio", "OH", "Ohio"),
      new State("Oklahoma", "OK", "Okla."), new State("Oregon", "OR", "Ore."),
      new State("Pennsylvania", "PA", "Pa."), new State("Rhode Island", "RI", "R.I."),
      new State("South Carolina", "SC", "S.C."), new State("South Dakota", "SD", "S.D."),
      new State("Tennessee", "TN", "Tenn."), new State("Texas", "TX", "Texas"),
      new State("Utah", "UT", "Utah"), new State("Vermont", "VT", "Vt."),
      new State("Virginia", "VA", "Va."), new State("Washington", "WA", "Wash."),
      new State("West Virginia", "WV", "W.Va."), new State("Wisconsin", "WI", "Wis."),
      new State("Wyoming", "WY", "Wyo."), new State("Puerto Rico", "PR", "P.R."),
      new State("Guam", "GU", "Guam"), new State("U.S. Virgin Islands", "VI", "V.I."),
      new State("Northern Mariana Islands", "MP", "CNMI"), new State("American Samoa", "AS", "American Samoa"));

  /** The AP stand-alone dateline cities and the state each one is in. */
  private static final Map<String, String> CITIES = Map.ofEntries(
      Map.entry("ATLANTA", "GA"), Map.entry("BALTIMORE", "MD"), Map.entry("BOSTON", "MA"),
      Map.entry("CHICAGO", "IL"), Map.entry("CINCINNATI", "OH"), Map.entry("CLEVELAND", "OH"),
      Map.entry("DALLAS", "TX"), Map.entry("DENVER", "CO"), Map.entry("DETROIT", "MI"),
      Map.entry("HONOLULU", "HI"), Map.entry("HOUSTON", "TX"), Map.entry("INDIANAPOLIS", "IN"),
      Map.entry("LAS VEGAS", "NV"), Map.entry("LOS ANGELES", "CA"), Map.entry("MIAMI", "FL"),
      Map.entry("MILWAUKEE", "WI"), Map.entry("MINNEAPOLIS", "MN"), Map.entry("NEW ORLEANS", "LA"),
      Map.entry("NEW YORK", "NY"), Map.entry("OKLAHOMA CITY", "OK"), Map.entry("PHILADELPHIA", "PA"),
      Map.entry("PHOENIX", "AZ"), Map.entry("PITTSBURGH", "PA"), Map.entry("ST. LOUIS", "MO"),
      Map.entry("SALT LAKE CITY", "UT"), Map.entry("SAN ANTONIO", "TX"), Map.entry("SAN DIEGO", "CA"),
      Map.entry("SAN FRANCISCO", "CA"), Map.entry("SEATTLE", "WA"), Map.entry("WASHINGTON", "DC"),
      // Not on the AP list, but written alone the same way.
      Map.entry("NEW YORK CITY", "NY"), Map.entry("WASHINGTON D.C.", "DC"));

  private static final Map<String, State> BY_KEY = new HashMap<>();
  private static final Map<String, State> BY_CODE = new HashMap<>();

  static {
    for (State s : ALL) {
      BY_CODE.put(s.code(), s);
      BY_KEY.put(key(s.name()), s);
      BY_KEY.put(key(s.ap()), s);
      BY_KEY.put(key(s.code()), s);
    }
    // Older or looser spellings seen in reposts; none collides with another state's key.
    String[][] extra = {
      {"tex", "TX"}, {"penn", "PA"}, {"penna", "PA"}, {"nmex", "NM"}, {"ndak", "ND"}, {"sdak", "SD"},
      {"wisc", "WI"}, {"cal", "CA"}, {"mich", "MI"}, {"virginislands", "VI"}, {"usvi", "VI"},
      {"washingtondc", "DC"}, {"dc", "DC"}, {"pr", "PR"}, {"ariz", "AZ"}, {"calif", "CA"}
    };
    for (String[] e : extra) {
      BY_KEY.put(e[0], BY_CODE.get(e[1]));
    }
  }

  private States() {}

  /** Letters only, lower case: "W. Va." and "W.Va." and "wva" meet on one key. */
  private static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** A state from its full name, AP abbreviation or postal code, in any case and spacing; null if none. */
  static State lookup(String text) {
    if (text == null || text.isBlank() || text.length() > 30) {
      return null;
    }
    String k = key(text);
    if (k.length() == 2) {
      // A two-letter key must be written as a code ("MO") or an abbreviation with periods ("Mo."), not "in".
      String t = text.strip();
      boolean upper = t.length() == 2 && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(1));
      if (!upper && !t.contains(".")) {
        return null;
      }
    }
    return BY_KEY.get(k);
  }

  /** A state from its USPS code only ("MO"); null if none. */
  static State byCode(String code) {
    return code == null ? null : BY_CODE.get(code.toUpperCase(Locale.ROOT));
  }

  /** The state of an AP stand-alone dateline city ("CHICAGO"), in any case; null if the city is not one. */
  static State ofStandaloneCity(String city) {
    String code = CITIES.get(city.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
    return code == null ? null : BY_CODE.get(code);
  }

  /**
   * The one state whose full name {@code text} holds, or null when it names none or several. "Washington" counts
   * as the state only when not followed by "D.C." or "DC".
   */
  static State onlyStateNamed(String text) {
    State found = null;
    for (State s : ALL) {
      int at = text.indexOf(s.name());
      while (at >= 0 && ((s.code().equals("WA") && isCapital(text, at + s.name().length()))
          || (s.code().equals("VA") && text.startsWith("West ", Math.max(0, at - 5))))) {
        at = text.indexOf(s.name(), at + 1);
      }
      if (at >= 0) {
        if (found != null && !found.equals(s)) {
          return null;
        }
        found = s;
      }
    }
    return found;
  }

  private static boolean isCapital(String text, int after) {
    String rest = text.substring(after, Math.min(text.length(), after + 6)).replace(",", "").strip();
    return rest.startsWith("D.C") || rest.startsWith("DC") || rest.startsWith("D. C");
  }

  static boolean isStandaloneCity(String city) {
    return ofStandaloneCity(city) != null;
  }

  /** True when {@code word} is the full name of a state, as in "Missouri counties". */
  static boolean isStateName(String word) {
    State s = BY_KEY.get(key(word));
    return s != null && s.name().equalsIgnoreCase(word.strip());
  }
}
