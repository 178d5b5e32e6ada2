package releases.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds release dates in header lines, datelines, file names and URLs, in every form the releases use. */
final class Dates {

  /**
   * The years a release date may have: from the first years of agency web sites to next year (a release dated
   * ahead, written on New Year's Eve). No year later than that is fixed here: the bound moves with the clock.
   */
  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = java.time.Year.now().getValue() + 1;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  /** "June 2, 2008", "JUNE 7, 2011", "Sept. 12, 2010", "Jan.17, 2012", "July 08, 2010", "November 18, 2008Charlotte". */
  private static final Pattern SPELLED = Pattern.compile(
      "(?:\\b|(?-i:(?<=[A-Z])(?=[A-Z][a-z])))" + MONTH + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);

  /** "01/30/2009", "2/2/2009", "11.09.2023", "11-09-2023", "09/28 2015": month first, as US publishers write them. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})(?:\\2|(?<=/\\d|/\\d\\d) )((?:19|20)\\d\\d)(?![\\d/]|[.-]\\d)");

  /** "2/27/03", "10-15-04": a two-digit year, read only on a header's own date line. */
  private static final Pattern NUMERIC_SHORT =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d\\d)(?![\\d/.-])");

  /** "2023-11-09", "2023-11-09T14:05:00Z". */
  private static final Pattern ISO = Pattern.compile("(?<![\\d.-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d-])");

  /** "2018-Jan-09": the year, the month's name, the day. */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?<![\\d.-])((?:19|20)\\d\\d)-" + MONTH + "-(\\d{1,2})(?![\\d-])", Pattern.CASE_INSENSITIVE);

  /** "14 February 2022", "9 Nov. 2023", "1st March, 2021": day first. */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);

  /** A blog wrapper without a year: "Thu Apr 14, 2:00 am ET". */
  private static final Pattern WEEKDAY_NO_YEAR = Pattern.compile(
      "\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+" + MONTH + "\\.?\\s*(\\d{1,2})(?!\\d)(?!,?\\s*(?:19|20)\\d\\d)",
      Pattern.CASE_INSENSITIVE);

  /** Maintenance stamps and other dates that are never the release date. */
  private static final Pattern NOT_RELEASE_DATE = Pattern.compile(
      "(?i)\\b(?:(?:last )?(?:updated|reviewed|modified|revised)(?::|\\s+on\\b)|last (?:updated|reviewed|modified)"
          + "|posted on|copyright|retrieved|accessed)|©");

  /** "0807/080711..." in a saved file's name or URL: year and month as a folder, then year, month and day. */
  private static final Pattern PATH_FOLDER = Pattern.compile("(?<!\\d)(\\d\\d)(\\d\\d)/(\\d\\d)(\\d\\d)(\\d\\d)");
  private static final Pattern PATH_ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-_/.](\\d\\d)[-_/.](\\d\\d)(?!\\d)");
  /**
   * "090415miami.htm": six digits that open a name and run into words. A name of digits alone ("030221.txt") is
   * a serial number far more often than a date, so it gives none.
   */
  private static final Pattern PATH_FILE = Pattern.compile("(?:^|/)(\\d\\d)(\\d\\d)(\\d\\d)(?=[A-Za-z_-])");

  private Dates() {}

  /** True when a line is a maintenance stamp such as "Updated: 01/08/2021", whose date must be ignored. */
  static boolean isStamp(String line) {
    return Text.hasDigit(line) && mayBeStamp(line) && NOT_RELEASE_DATE.matcher(line).find();
  }

  /** The words a stamp opens with; a line with none of them at a word's start is no stamp. */
  private static final List<String> STAMP_WORDS =
      List.of("updated", "reviewed", "modified", "revised", "last", "posted", "copyright", "retrieved", "accessed");

  /** The first letters of {@link #STAMP_WORDS}. */
  private static final int STAMP_FIRST = Text.firstLetterBits(STAMP_WORDS);

  /** A necessary condition for {@link #NOT_RELEASE_DATE}, tested without the pattern's scan at every position. */
  private static boolean mayBeStamp(String line) {
    for (int i = 0, n = line.length(); i < n; i++) {
      char c = line.charAt(i);
      if (c == '\u00A9') {
        return true;
      }
      if (Text.letterIn(STAMP_FIRST, c) && (i == 0 || !Character.isLetter(line.charAt(i - 1)))) {
        for (String w : STAMP_WORDS) {
          if (line.regionMatches(true, i, w, 0, w.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True for a stamp's label standing alone on the line above its date: "Last Updated:", "Page last reviewed:". */
  static boolean isStampLabel(String line) {
    String s = line.strip();
    return s.length() <= 40 && s.endsWith(":") && !Text.hasDigit(s) && NOT_RELEASE_DATE.matcher(s).find();
  }

  /** The part of a line before its maintenance stamp, stripped; empty when the line starts with the stamp. */
  static String beforeStamp(String line) {
    Matcher m = NOT_RELEASE_DATE.matcher(line);
    return m.find() ? line.substring(0, m.start()).strip() : line;
  }

  /**
   * A cheap necessary condition for {@link #first} to find anything in {@code s}: a month's first three letters
   * somewhere, or digits set out as a numeric or ISO date: one, two or four digits, a separator ({@code / . -}),
   * one or two digits, the same separator (or a space after a slash) and a digit. Lines that fail it are let go without a pattern.
   */
  static boolean mayHoldDate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        int run = digits(s, i);
        if ((run <= 2 || run == 4) && i + run + 2 < n) {
          char sep = s.charAt(i + run);
          int second = (sep == '/' || sep == '.' || sep == '-') ? digits(s, i + run + 1) : 0;
          int after = i + run + 1 + second;
          boolean same = after + 1 < n && (s.charAt(after) == sep || sep == '/' && s.charAt(after) == ' ');
          if (second >= 1 && second <= 2 && same && isDigit(s.charAt(after + 1))) {
            return true;
          }
        }
        i += run - 1;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && i + 2 < n && monthAt(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static final String MONTH_HEADS = "jan feb mar apr may jun jul aug sep oct nov dec";

  private static boolean monthAt(String s, int i) {
    char a = (char) (s.charAt(i) | 0x20);
    char b = (char) (s.charAt(i + 1) | 0x20);
    char c = (char) (s.charAt(i + 2) | 0x20);
    for (int k = 0; k < MONTH_HEADS.length(); k += 4) {
      if (MONTH_HEADS.charAt(k) == a && MONTH_HEADS.charAt(k + 1) == b && MONTH_HEADS.charAt(k + 2) == c) {
        return true;
      }
    }
    return false;
  }

  /** The first date written in {@code text} (spelled, numeric or a year-less blog date), or null. */
  static LocalDate find(String text) {
    Found f = first(text, 0);
    return f == null ? null : f.date;
  }

  /** A date and where in the text it ended. */
  record Found(LocalDate date, int start, int end) {}

  /** Like {@link #find}; {@code hintYear} (the latest year the release mentions, or 0) places a year-less date. */
  static Found first(String text, int hintYear) {
    if (!Text.hasDigit(text)) {
      return null; // every date form has a day number
    }
    if (!hasYear(text)) {
      return weekdayNoYear(text, hintYear); // every other form has a four-digit year
    }
    Found best = null;
    Matcher m = SPELLED.matcher(text);
    while (m.find()) {
      LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) {
        best = new Found(d, m.start(), m.end());
        break;
      }
    }
    m = NUMERIC.matcher(text);
    while (m.find() && (best == null || m.start() < best.start)) {
      int first = Integer.parseInt(m.group(1));
      // "17/02/2004": a first number above 12 is the day, as Europe writes it; "05/06/2013" stays month first.
      LocalDate d = first > 12 ? of(m.group(4), Integer.parseInt(m.group(3)), m.group(1)) : of(m.group(4), first, m.group(3));
      if (d != null) {
        best = new Found(d, m.start(), m.end());
        break;
      }
    }
    if (text.indexOf('-') >= 0) {
      m = ISO.matcher(text);
      while (m.find() && (best == null || m.start() < best.start)) {
        LocalDate d = of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (d != null) {
          best = new Found(d, m.start(), m.end());
          break;
        }
      }
      m = YEAR_MONTH_DAY.matcher(text);
      while (m.find() && (best == null || m.start() < best.start)) {
        LocalDate d = of(m.group(1), month(m.group(2)), m.group(3));
        if (d != null) {
          best = new Found(d, m.start(), m.end());
          break;
        }
      }
    }
    m = DAY_FIRST.matcher(text);
    while (m.find() && (best == null || m.start() < best.start)) {
      LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        best = new Found(d, m.start(), m.end());
        break;
      }
    }
    return best != null ? best : weekdayNoYear(text, hintYear);
  }

  private static Found weekdayNoYear(String text, int hintYear) {
    Matcher m = WEEKDAY_NO_YEAR.matcher(text);
    if (m.find()) {
      LocalDate d = byWeekday(weekday(m.group(1)), month(m.group(2)), Integer.parseInt(m.group(3)), hintYear);
      if (d != null) {
        return new Found(d, m.start(), m.end());
      }
    }
    return null;
  }

  /** "19" or "20" and two more digits, not inside a longer number: a year a date can hold. */
  static boolean hasYear(String s) {
    int n = s.length();
    for (int i = 0; i + 3 < n; i++) {
      char c = s.charAt(i);
      if ((c == '1' || c == '2') && (i == 0 || !isDigit(s.charAt(i - 1)))) {
        char c1 = s.charAt(i + 1);
        if (((c == '1' && c1 == '9') || (c == '2' && c1 == '0')) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))
            && (i + 4 >= n || !isDigit(s.charAt(i + 4)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A US numeric date with a two-digit year ("For release: 10-15-04"), placed in the century that puts it between
   * 1990 and next year; null when there is none. Too easily a version or a case number for anywhere but a date line.
   */
  static Found shortYear(String line) {
    Matcher m = NUMERIC_SHORT.matcher(line);
    if (!m.find()) {
      return null;
    }
    int yy = Integer.parseInt(m.group(4));
    int year = 2000 + yy <= LAST_YEAR ? 2000 + yy : 1900 + yy;
    LocalDate d = of(Integer.toString(year), Integer.parseInt(m.group(1)), m.group(3));
    return d == null ? null : new Found(d, m.start(), m.end());
  }


  /** A date taken from a file name or URL, the last resort when the text itself gives none. */
  static LocalDate fromPath(String path) {
    if (path == null) {
      return null;
    }
    Matcher m = PATH_FOLDER.matcher(path);
    while (m.find()) {
      if (m.group(1).equals(m.group(3)) && m.group(2).equals(m.group(4))) {
        LocalDate d = of("20" + m.group(3), Integer.parseInt(m.group(4)), m.group(5));
        if (d != null) {
          return d;
        }
      }
    }
    m = PATH_ISO.matcher(path);
    while (m.find()) {
      LocalDate d = of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = PATH_FILE.matcher(path);
    while (m.find()) {
      LocalDate d = of("20" + m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** "Posted on: October 10, 2025": a site's stamp, the release's date only when the text gives no other. */
  private static final Pattern POSTED = Pattern.compile("(?i)\\bposted(?: on)?:?\\s+");

  /** The date of the first "Posted on:" stamp in the text's opening 1,500 characters, or null. */
  static LocalDate postedStamp(String text) {
    int span = Math.min(text.length(), LIST_STAMP_SPAN);
    Matcher m = POSTED.matcher(text).region(0, span);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      Found f = first(after, 0);
      if (f != null && f.start() == 0) {
        return f.date();
      }
    }
    return null;
  }

  /** A list's timestamp column run into the words around it: "Public Transit9/21/2015 11:00:00 AMhttps://...". */
  private static final Pattern LIST_STAMP =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d) \\d{1,2}:\\d\\d:\\d\\d ?[AP]M");
  private static final int LIST_STAMP_SPAN = 1500;

  /**
   * The first full timestamp ("9/21/2015 11:00:00 AM") in the opening of a page saved from a content system's list
   * view, where the published column runs into the title and the link: a release date when the text names none.
   */
  static LocalDate listStamp(String text) {
    int span = Math.min(text.length(), LIST_STAMP_SPAN);
    int slash = text.indexOf('/');
    if (slash < 0 || slash >= span || text.indexOf(':', slash) < 0) {
      return null; // the stamp's date has slashes, and its time colons after them
    }
    Matcher m = LIST_STAMP.matcher(text).region(0, span);
    while (m.find()) {
      LocalDate d = of(m.group(3), Integer.parseInt(m.group(1)), m.group(2));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** Where a list's timestamp column starts in {@code line}, or -1. */
  static int listStampAt(String line) {
    int slash = line.indexOf('/');
    if (slash < 0 || line.indexOf(':', slash) < 0) {
      return -1;
    }
    Matcher m = LIST_STAMP.matcher(line);
    return m.find() ? m.start() : -1;
  }

  private static LocalDate of(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < FIRST_YEAR || y > LAST_YEAR || month < 1) {
      return null;
    }
    try {
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The year in which that month and day fall on that weekday, among the dozen years up to just after the latest
   * year the release mentions (or this year, when it mentions none). Several years can fit (2011 and 2016 for
   * "Thu Apr 14"); the one nearest that year is taken, the later one on a tie.
   */
  private static LocalDate byWeekday(DayOfWeek dow, int month, int day, int hintYear) {
    int target = hintYear > 0 ? hintYear : java.time.Year.now().getValue();
    LocalDate best = null;
    for (int y = Math.max(FIRST_YEAR, target - 12); y <= Math.min(LAST_YEAR, target + 6); y++) {
      LocalDate d = of(Integer.toString(y), month, Integer.toString(day));
      if (d != null && d.getDayOfWeek() == dow
          && (best == null || Math.abs(y - target) <= Math.abs(best.getYear() - target))) {
        best = d;
      }
    }
    return best;
  }

  /** The latest plausible year (1990 to next year) written anywhere in {@code text}, or 0; a plain scan, no regex. */
  static int latestYear(String text) {
    return Math.max(latestYear(text, "19"), latestYear(text, "20"));
  }

  /** The same over the years that start with {@code century}; indexOf finds the candidates faster than a char loop. */
  private static int latestYear(String text, String century) {
    int max = 0;
    int n = text.length();
    int base = Integer.parseInt(century) * 100;
    for (int i = text.indexOf(century); i >= 0 && i + 3 < n; i = text.indexOf(century, i + 1)) {
      char c2 = text.charAt(i + 2);
      char c3 = text.charAt(i + 3);
      boolean alone = (i == 0 || !Character.isDigit(text.charAt(i - 1))) && (i + 4 >= n || !Character.isDigit(text.charAt(i + 4)));
      if (c2 >= '0' && c2 <= '9' && c3 >= '0' && c3 <= '9' && alone) {
        int y = base + (c2 - '0') * 10 + (c3 - '0');
        if (y >= FIRST_YEAR && y <= LAST_YEAR) {
          max = Math.max(max, y);
        }
      }
    }
    return max;
  }

  static int month(String name) {
    return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static DayOfWeek weekday(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }
}
