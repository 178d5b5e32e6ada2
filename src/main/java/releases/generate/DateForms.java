package releases.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a date in each of the ways releases write one. */
final class DateForms {

  /** The written forms of a full date; each names an example. */
  enum Form {
    SPELLED, // June 2, 2008
    CAPS, // JUNE 7, 2011
    AP, // Oct. 29, 2008; Sept. 12, 2010; May 4, 2009
    SHORT_DOT, // Mar. 23, 2009 (not AP: March is never abbreviated there)
    SHORT_BARE, // Nov 21, 2009
    NO_SPACE, // Jan.17, 2012
    PADDED, // July 08, 2010
    NUMERIC_PADDED, // 01/30/2009
    NUMERIC // 2/2/2009
  }

  private static final Form[] SPELLED_FORMS = {
    Form.SPELLED, Form.SPELLED, Form.SPELLED, Form.AP, Form.AP, Form.SHORT_DOT, Form.SHORT_BARE, Form.NO_SPACE,
    Form.PADDED, Form.CAPS
  };

  private DateForms() {}

  /** A month-name form, weighted towards the common spelled-out one. */
  static Form spelled(SplittableRandom rng) {
    return SPELLED_FORMS[rng.nextInt(SPELLED_FORMS.length)];
  }

  static String format(LocalDate d, Form form) {
    int day = d.getDayOfMonth();
    int year = d.getYear();
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    String shortMonth = month.substring(0, 3);
    return switch (form) {
      case SPELLED -> month + " " + day + ", " + year;
      case CAPS -> month.toUpperCase(Locale.ROOT) + " " + day + ", " + year;
      case AP -> apMonth(d) + " " + day + ", " + year;
      case SHORT_DOT -> (month.length() > 3 ? shortMonth + "." : month) + " " + day + ", " + year;
      case SHORT_BARE -> shortMonth + " " + day + ", " + year;
      case NO_SPACE -> (month.length() > 3 ? shortMonth + "." : month + " ") + day + ", " + year;
      case PADDED -> month + " " + String.format("%02d", day) + ", " + year;
      case NUMERIC_PADDED -> String.format("%02d/%02d/%d", d.getMonthValue(), day, year);
      case NUMERIC -> d.getMonthValue() + "/" + day + "/" + year;
    };
  }

  /** AP style: March through July are spelled out, September is "Sept.", the rest take three letters and a dot. */
  static String apMonth(LocalDate d) {
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    return switch (d.getMonthValue()) {
      case 3, 4, 5, 6, 7 -> month;
      case 9 -> "Sept.";
      default -> month.substring(0, 3) + ".";
    };
  }

  /** A blog's post header: "Wednesday, April 20, 2011". */
  static String blogDay(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US) + ", " + format(d, Form.SPELLED);
  }

  /** A syndication stamp with no year: "Thu Apr 14, 2:00 am ET". */
  static String wireStamp(LocalDate d, SplittableRandom rng) {
    String dow = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
    String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
    return dow + " " + mon + " " + d.getDayOfMonth() + ", " + (1 + rng.nextInt(12)) + ":" + (rng.nextBoolean() ? "00" : "30")
        + (rng.nextBoolean() ? " am" : " pm") + " ET";
  }
}
