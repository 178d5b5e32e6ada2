package releases.generate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the dateline that opens a release's first paragraph, in the forms AP and the agency used over the years. */
final class Dateline {

  private static final String[] SEPARATORS = {" - ", " - ", " - ", " -- ", " \u2013 ", " \u2014 ", "-"};
  private static final String[] WIRES = {"Vocus/PRWEB", "PRWEB", "PRNewswire"};

  private Dateline() {}

  /** "JEFFERSON CITY, Mo. - ", "CHICAGO \u2014 ", "WASHINGTON-", "SAN JUAN, Puerto Rico -- ". */
  static String write(Places.State s, String city, int year, SplittableRandom rng) {
    String upper = city.toUpperCase(Locale.ROOT);
    String place;
    if (s.code().equals("DC")) {
      place = rng.nextBoolean() ? upper : upper + ", D.C.";
    } else if (s.isStandalone(city) && rng.nextInt(6) != 0) {
      place = upper;
    } else {
      place = upper + ", " + state(s, year, rng);
    }
    return place + SEPARATORS[rng.nextInt(SEPARATORS.length)];
  }

  /** A press-wire dateline: "Dayton, Ohio (Vocus/PRWEB) April 13, 2011 -- ". */
  static String wire(Places.State s, String city, LocalDate date, SplittableRandom rng) {
    String state = s.code().equals("DC") ? "D.C." : s.ap() != null && rng.nextBoolean() ? s.ap() : s.name();
    return city + ", " + state + " (" + WIRES[rng.nextInt(WIRES.length)] + ") "
        + DateForms.format(date, DateForms.Form.SPELLED) + " -- ";
  }

  /**
   * AP abbreviations until the agency switched to spelled-out names around 2014; postal codes now and then;
   * states AP never abbreviates and territories are always spelled out.
   */
  static String state(Places.State s, int year, SplittableRandom rng) {
    boolean territory = s.code().equals("PR") || s.code().equals("GU") || s.code().equals("VI");
    if (s.ap() == null) {
      return !territory && rng.nextInt(10) == 0 ? s.code() : s.name();
    }
    if (year >= 2014) {
      return rng.nextInt(5) == 0 ? s.ap() : s.name();
    }
    int r = rng.nextInt(10);
    return r < 7 ? s.ap() : r < 9 ? s.name() : s.code();
  }
}
